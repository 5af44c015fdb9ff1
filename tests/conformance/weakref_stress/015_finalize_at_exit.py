import weakref
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def cleanup(name, tag="-"):
    print("cleanup", name, tag)
a = Res("a")
b = Res("b")
c = Res("c")
c.me = c
fa = weakref.finalize(a, cleanup, "a", tag="first")
fb = weakref.finalize(b, cleanup, "b")
fb.atexit = False
fc = weakref.finalize(c, cleanup, "c")
fa2 = weakref.finalize(a, cleanup, "a2")
temp = Res("temp")
weakref.finalize(temp, cleanup, "temp")
del temp
print("end of program", fa.alive, fb.alive, fc.alive, fa2.alive)
