import gc
import weakref
gc.collect()
log = []
live = []
class Link:
    def __init__(self, n):
        self.n = n
def respawn(wr):
    n = len(log)
    log.append(n)
    if n < 4:
        nxt = Link(n + 1)
        live.append(weakref.ref(nxt, respawn))
first = Link(0)
live.append(weakref.ref(first, respawn))
del first
print("refcount chain", log, len(live))
log.clear()
live.clear()
c = Link(100)
c.me = c
live.append(weakref.ref(c, respawn))
del c
print("collected", gc.collect(), log)
print("next collect", gc.collect(), log)
