import gc
gc.collect()
class C:
    pass
a = C()
a.me = a
a.x = 1
print(sorted(vars(a)))
del a
print("after vars()", gc.collect())
b = C()
b.me = b
b.x = 1
print(b.x, b.me is b)
del b
print("attribute reads only", gc.collect())
