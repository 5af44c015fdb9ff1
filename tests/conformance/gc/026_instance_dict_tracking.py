import gc
gc.collect()
class C:
    pass
a = C()
a.x = 1
a.y = "s"
d = a.__dict__
print("instance", gc.is_tracked(a), "dict", gc.is_tracked(d))
a.z = [1]
print("after list attr", gc.is_tracked(d))
del a.z
gc.collect()
print("after full collect", gc.is_tracked(d), gc.is_tracked(a))
b = C()
b.items = []
print("b dict", gc.is_tracked(b.__dict__))
