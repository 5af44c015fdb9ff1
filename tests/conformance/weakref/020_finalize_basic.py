import weakref
class Res:
    pass
def cleanup(name, n):
    print("cleanup", name, n)
    return n * 2
r = Res()
f = weakref.finalize(r, cleanup, "res", 21)
print("alive", f.alive)
info = f.peek()
print("peek", info[0] is r, info[1] is cleanup, info[2:])
del info
print("before del")
del r
print("alive after death", f.alive)
print("call again", f())
print("peek dead", f.peek())
r2 = Res()
f2 = weakref.finalize(r2, cleanup, "r2", 5)
print("explicit call", f2())
print("alive", f2.alive, "second call", f2())
del r2
print("end")
