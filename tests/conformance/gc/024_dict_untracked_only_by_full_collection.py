import gc
gc.collect()
d = {"a": 1}
d["tmp"] = []
print("with list", gc.is_tracked(d))
del d["tmp"]
print("list removed", gc.is_tracked(d))
gc.collect(0)
print("after collect(0)", gc.is_tracked(d))
gc.collect(1)
print("after collect(1)", gc.is_tracked(d))
gc.collect(2)
print("after collect(2)", gc.is_tracked(d))
d["again"] = ()
print("empty tuple added", gc.is_tracked(d))
d["set"] = set()
print("set added", gc.is_tracked(d))
