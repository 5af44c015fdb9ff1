import gc
import weakref
gc.collect()
class Conn:
    def __init__(self, name):
        self.name = name
    def close(self, reason):
        print("close", self.name, reason)
c = Conn("leaky")
f = weakref.finalize(c, c.close, "finalizer")
r = weakref.ref(c)
del c
print("collected", gc.collect(), "still alive", r() is not None, f.alive)
d = Conn("proper")
g = weakref.finalize(d, print, "closed proper via print")
d.me = d
del d
print("collected", gc.collect(), g.alive)
h = weakref.finalize(Conn("temp"), print, "never printed?")
print("temp finalizer alive", h.alive)
print("end of program")
