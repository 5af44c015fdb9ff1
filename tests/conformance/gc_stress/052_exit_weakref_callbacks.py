import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def report(name):
    def cb(wr):
        print("callback", name, "dead", wr() is None)
    return cb
x = Obj("x")
y = Obj("y")
y.me = y
rx = weakref.ref(x, report("x"))
ry = weakref.ref(y, report("y"))
ry2 = weakref.ref(y, report("y2"))
px = weakref.proxy(x, report("proxy-x"))
print("end of program")
