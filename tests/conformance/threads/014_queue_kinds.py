import queue
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put(x)
print([lq.get() for i in range(5)])
print([pq.get() for i in range(5)])
pq.put((2, "b")); pq.put((1, "a")); pq.put((3, "c"))
print([pq.get()[1] for i in range(3)])
