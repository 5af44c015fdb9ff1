import weakref
class C:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name
c = C("c")
plain = weakref.ref(c.hello)
wm = weakref.WeakMethod(c.hello)
print("plain ref dead", plain() is None)
m = wm()
print("weakmethod", type(m).__name__, m())
del m
del c
print("after instance death", wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
