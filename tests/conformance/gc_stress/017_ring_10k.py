import gc
gc.collect()
order = []
class Link:
    def __init__(self, i):
        self.i = i
class Watched:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        order.append(self.i)
first = Link(0)
cur = first
for i in range(1, 10 ** 4):
    cur.next = Link(i)
    cur = cur.next
cur.next = first
del first, cur
print("ring", gc.collect())
first = Watched(0)
cur = first
for i in range(1, 2000):
    cur.next = Watched(i)
    cur = cur.next
cur.next = first
del first, cur
print("watched ring", gc.collect())
print("finalized", len(order), order[:5], order[-5:])
print("sorted", order == sorted(order))
