import gc
gc.collect()
a = []
a.append(a)
del a
print("collect(0)", gc.collect(0))
b = {}
b["b"] = b
del b
print("collect(1)", gc.collect(1))
c = []
c.append(c)
del c
print("collect(2)", gc.collect(2))
print("empty collect(0)", gc.collect(0))
