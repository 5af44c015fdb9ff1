import gc
import weakref
gc.collect()
class Watcher:
    def __init__(self, name):
        self.name = name
        self.ref = weakref.ref(self, self.notify)
    def notify(self, wr):
        print("notify", self.name)
w = Watcher("w")
print("refcount cycle via callback", weakref.getweakrefcount(w))
del w
print("collected", gc.collect())
class Target:
    pass
def outer_callback(wr):
    print("outer callback runs")
t = Target()
t.self_ref = weakref.ref(t, outer_callback)
kept = weakref.ref(t, outer_callback)
del t
print("collected", gc.collect(), kept() is None)
