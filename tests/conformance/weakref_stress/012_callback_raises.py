import gc
import weakref
gc.collect()
class Raiser:
    def __init__(self, label):
        self.label = label
    def __call__(self, wr):
        print("callback", self.label, "dead", wr() is None)
        raise ValueError("callback failed: " + self.label)
    def __repr__(self):
        return "<Raiser " + self.label + ">"
class T:
    pass
t = T()
r1 = weakref.ref(t, Raiser("first"))
r2 = weakref.ref(t, Raiser("second"))
del t
print("after refcount death")
u = T()
u.me = u
r3 = weakref.ref(u, Raiser("in-gc"))
del u
print("collected", gc.collect())
print("still running")
