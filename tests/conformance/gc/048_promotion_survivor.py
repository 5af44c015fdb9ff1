import gc
gc.collect()
class C:
    pass
a = C()
b = C()
a.b = b
b.a = a
gc.collect(0)
del a, b
print("collect(0) after promotion", gc.collect(0))
print("collect(1)", gc.collect(1))
c = C()
c.me = c
gc.collect(0)
gc.collect(1)
del c
print("in gen 2: collect(0)", gc.collect(0), "collect(1)", gc.collect(1))
print("collect(2)", gc.collect(2))
