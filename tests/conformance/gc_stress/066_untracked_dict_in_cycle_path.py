import gc
gc.collect()
class Obj:
    pass
o = Obj()
d = {"k": 1}
o.d = d
d["o"] = o
print("dict tracked after storing instance", gc.is_tracked(d))
del o, d
print("cycle through dict", gc.collect())
a = Obj()
a.__dict__
a.x = 1
print("materialized dict untracked?", gc.is_tracked(a.__dict__))
a.x = a
print("after self store", gc.is_tracked(a.__dict__))
del a
print("collected", gc.collect())
holder = [{}]
holder[0]["self"] = holder
print("list-dict cycle", gc.collect())
del holder
print("after del", gc.collect())
