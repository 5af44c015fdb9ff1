import weakref
class C:
    pass
obj = C()
print("none", weakref.getweakrefcount(obj), weakref.getweakrefs(obj))
r1 = weakref.ref(obj)
r2 = weakref.ref(obj, lambda r: None)
p = weakref.proxy(obj)
print("count", weakref.getweakrefcount(obj))
refs = weakref.getweakrefs(obj)
print("refs", len(refs), sum(1 for x in refs if x is r1), sum(1 for x in refs if x is r2))
del refs
del r2
print("after del r2", weakref.getweakrefcount(obj))
del p
print("after del proxy", weakref.getweakrefcount(obj))
print("int", weakref.getweakrefcount(5), weakref.getweakrefs(5))
del obj
print("dead ref", r1())
