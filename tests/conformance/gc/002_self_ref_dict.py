import gc
gc.collect()
d = {"name": "d"}
print("tracked before", gc.is_tracked(d))
d["self"] = d
print("tracked after", gc.is_tracked(d))
del d
print("collected", gc.collect())
e = {}
e[1] = [e, e]
del e
print("dict+list", gc.collect())
