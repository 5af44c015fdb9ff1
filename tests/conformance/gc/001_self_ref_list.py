import gc
gc.collect()
a = []
a.append(a)
print("tracked", gc.is_tracked(a))
print("while referenced", gc.collect())
del a
print("collected", gc.collect())
print("again", gc.collect())
print("garbage", gc.garbage)
