import sys
import weakref
class C:
    pass
obj = C()
before = sys.getrefcount(obj)
r = weakref.ref(obj)
r2 = weakref.ref(obj, lambda x: None)
p = weakref.proxy(obj)
print("unchanged", sys.getrefcount(obj) - before)
tmp = r()
print("strong ref from call", sys.getrefcount(obj) - before)
del tmp
print("released", sys.getrefcount(obj) - before)
print("ref count of ref", sys.getrefcount(r))
