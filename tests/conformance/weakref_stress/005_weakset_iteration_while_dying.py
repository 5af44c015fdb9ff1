import gc
import weakref
gc.collect()
class E:
    def __init__(self, n):
        self.n = n
pool = [E(i) for i in range(6)]
ws = weakref.WeakSet(pool)
count = 0
for e in ws:
    count += 1
    if count == 1:
        del pool[:]
    del e
print("iterated", count)
print("len after", len(ws))
pool = [E(i) for i in range(4)]
for p in pool:
    p.me = p
del p
ws = weakref.WeakSet(pool)
visited = 0
for e in ws:
    visited += 1
    if visited == 1:
        pool.clear()
        print("collected during iteration", gc.collect())
    del e
print("visited", visited, "len", len(ws))
