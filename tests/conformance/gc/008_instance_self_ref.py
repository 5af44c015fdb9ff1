import gc
gc.collect()
class C:
    pass
obj = C()
obj.me = obj
obj.data = 42
obj.label = "self"
print("tracked", gc.is_tracked(obj))
del obj
print("collected", gc.collect())
print("again", gc.collect())
