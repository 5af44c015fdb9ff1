import gc
gc.collect()
a = [1, 2]
b = [3, a]
a.append(b)
print("reachable", gc.collect())
del a
print("still reachable via b", gc.collect())
del b
print("collected", gc.collect())
