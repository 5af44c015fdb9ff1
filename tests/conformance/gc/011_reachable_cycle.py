import gc
gc.collect()
class C:
    pass
a = C()
b = C()
a.b = b
b.a = a
holder = [a]
del a, b
print("via holder", gc.collect())
print("holder alive", type(holder[0]).__name__, holder[0].b.a is holder[0])
holder.clear()
print("after clear", gc.collect())
