import gc
gc.collect()
log = []
class Leaf:
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
head = None
for i in range(199, -1, -1):
    head = [Leaf(i), head]
del head
print("list chain", len(log), runs(log))
log.clear()
head = None
for i in range(199, -1, -1):
    head = (head, Leaf(i))
del head
print("tuple chain", len(log), runs(log))
log.clear()
head = None
for i in range(199, -1, -1):
    head = {"leaf": Leaf(i), "next": head}
del head
print("dict chain", len(log), runs(log))
