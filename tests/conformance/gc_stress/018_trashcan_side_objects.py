import gc
gc.collect()
log = []
class Side:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        log.append(1000 + self.i)
class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.next = nxt
        self.side = Side(i)
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
for i in range(149, -1, -1):
    head = Node(i, head)
del head
print("nodes are 0..149, sides 1000..1149")
print(len(log), runs(log))
