import gc
gc.collect()
log = []
class Side:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        log.append(self.i)
def runs(seq):
    out = []
    for n in seq:
        if out and out[-1][2] == 0 and abs(n - out[-1][1]) == 1:
            out[-1][1] = n
            out[-1][2] = n - out[-1][0]
        elif out and out[-1][2] != 0 and n == out[-1][1] + out[-1][2]:
            out[-1][1] = n
        else:
            out.append([n, n, 0])
    return " ".join("%d-%d" % (a, b) for a, b, s in out)
def link(i, nxt):
    side = Side(i)
    def step():
        return nxt, side
    return step
head = None
for i in range(119, -1, -1):
    head = link(i, head)
del head
print(len(log), "sides:", runs(log))
