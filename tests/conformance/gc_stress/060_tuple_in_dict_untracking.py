import gc
gc.collect()
d = {"t": tuple(range(3))}
print("new", gc.is_tracked(d), gc.is_tracked(d["t"]))
gc.collect(0)
print("collect(0)", gc.is_tracked(d), gc.is_tracked(d["t"]))
gc.collect()
print("full", gc.is_tracked(d), gc.is_tracked(d["t"]))
e = {"t": (tuple(range(2)), tuple(range(2)))}
gc.collect()
print("nested, 1 full", gc.is_tracked(e), gc.is_tracked(e["t"]), gc.is_tracked(e["t"][0]))
gc.collect()
print("nested, 2 full", gc.is_tracked(e), gc.is_tracked(e["t"]), gc.is_tracked(e["t"][0]))
gc.collect()
print("nested, 3 full", gc.is_tracked(e), gc.is_tracked(e["t"]))
lst = [tuple(range(2))]
gc.collect()
print("tuple in list", gc.is_tracked(lst[0]))
f = {"a": lst[0]}
print("dict of untracked tuple", gc.is_tracked(f))
