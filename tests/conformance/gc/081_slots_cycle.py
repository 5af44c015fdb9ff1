import gc
gc.collect()
class S:
    __slots__ = ("other", "value")
a = S()
b = S()
a.other = b
b.other = a
a.value = [1, 2]
del a, b
print("slotted pair + list", gc.collect())
class D:
    __slots__ = ("__dict__",)
d = D()
d.me = d
del d
print("slots with __dict__", gc.collect())
