import gc
gc.collect()
a = {"name": "a"}
b = {"name": "b"}
a["peer"] = b
b["peer"] = a
del a, b
print("two dicts", gc.collect())
d = {}
d["list"] = [d]
d["tuple_key"] = {(1, 2): d}
del d
print("dict with nested", gc.collect())
