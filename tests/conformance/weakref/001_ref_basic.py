import weakref
class C:
    pass
obj = C()
r = weakref.ref(obj)
print(type(r).__name__, r() is obj)
print("callback", r.__callback__)
del obj
print("dead", r() is None, r())
print("type still", type(r).__name__)
