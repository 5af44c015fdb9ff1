import weakref
class C:
    pass
seen = []
def cb(r):
    seen.append(r())
obj = C()
r = weakref.ref(obj, cb)
del obj
print("callback saw", seen)
obj2 = C()
r2 = weakref.ref(obj2, cb)
del r2
del obj2
print("ref deleted first: callbacks", len(seen))
