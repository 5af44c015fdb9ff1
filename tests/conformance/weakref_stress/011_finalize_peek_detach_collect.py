import gc
import weakref
gc.collect()
class Res:
    def __init__(self, name):
        self.name = name
def release(*args, **kwargs):
    print("release", args, sorted(kwargs.items()))
    return len(args)
r = Res("r")
r.me = r
f = weakref.finalize(r, release, "a", 1, flag=True, level=3)
info = f.peek()
print("peek", info[0] is r, info[1] is release, info[2], info[3])
del info
del r
print("alive before collect", f.alive)
print("collected", gc.collect())
print("alive after", f.alive, "peek", f.peek(), "call", f())
s = Res("s")
s.me = s
g = weakref.finalize(s, release, "b")
det = g.detach()
print("detached", det[0] is s, det[2], det[3], g.alive, g.detach())
del det, s
print("collected", gc.collect(), "no release printed")
t = Res("t")
h = weakref.finalize(t, release, "c", k="v")
print("explicit call returns", h(), "second", h(), "alive", h.alive)
u = Res("u")
fu = weakref.finalize(u, release, "u")
print("atexit default", fu.atexit)
fu.atexit = False
print("atexit now", fu.atexit)
del u
print("atexit of dead", fu.atexit)
