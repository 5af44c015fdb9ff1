import weakref
class C:
    pass
obj = C()
a = weakref.ref(obj)
b = weakref.ref(obj)
print("no callback: same object", a is b)
def cb(r):
    pass
c = weakref.ref(obj, cb)
d = weakref.ref(obj, cb)
print("with callback: distinct", c is d, c is a)
print("equal while alive", a == c, c == d)
print("count", weakref.getweakrefcount(obj))
p1 = weakref.proxy(obj)
p2 = weakref.proxy(obj)
print("proxy reused", p1 is p2)
