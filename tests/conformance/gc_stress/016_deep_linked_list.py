import gc
gc.collect()
deaths = [0]
class Node:
    __slots__ = ("next", "value")
class Mortal:
    def __init__(self, i, nxt):
        self.i = i
        self.next = nxt
    def __del__(self):
        deaths[0] += 1
head = None
for i in range(10 ** 4):
    n = Node()
    n.value = i
    n.next = head
    head = n
print("chain made", head.value)
del n
del head
print("acyclic chain", gc.collect())
head = None
for i in range(10 ** 4):
    head = Mortal(i, head)
del head
print("mortal chain deaths", deaths[0], gc.collect())
