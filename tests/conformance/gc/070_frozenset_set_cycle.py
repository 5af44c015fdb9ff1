import gc
gc.collect()
class C:
    pass
a = C()
fs = frozenset([a, 1, "x"])
a.fs = fs
del a, fs
print("instance+frozenset", gc.collect())
b = C()
s = {b}
b.s = s
del b, s
print("instance+set", gc.collect())
