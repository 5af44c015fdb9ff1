import gc
import weakref
gc.collect()
class C:
    def method(self):
        return "m"
c = C()
events = []
r = weakref.ref(c.method, lambda w: events.append("bound method died"))
print("dead at once", r() is None, events)
m = c.method
r2 = weakref.ref(m, lambda w: events.append("kept method died"))
print("alive while held", r2() is m, r2()())
del m
print("after del", r2() is None, events)
wm = weakref.WeakMethod(c.method, lambda w: events.append("weakmethod callback"))
print("WeakMethod", wm()(), wm() is c.method, wm() == c.method)
print("bound methods equal", c.method == c.method, c.method is c.method)
c.me = c
del c
print("before collect", wm() is None)
gc.collect()
print("after collect", wm() is None, events)
