import weakref
class Res:
    pass
def cleanup(label):
    print("cleanup", label)
r = Res()
f = weakref.finalize(r, cleanup, "r")
d = f.detach()
print("detached", d[0] is r, d[1] is cleanup, d[2], d[3])
print("alive", f.alive, "detach again", f.detach())
del d
del r
print("no cleanup ran")
s = Res()
g = weakref.finalize(s, cleanup, "s")
print("atexit default", g.atexit)
del s
print("end")
