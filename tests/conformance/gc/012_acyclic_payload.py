import gc
gc.collect()
a = []
a.append(a)
a.append([1, 2, 3])
a.append({"k": [4, 5]})
a.append((1, [6]))
a.append("text")
a.append(12345678901234567890)
del a
print("collected", gc.collect())
