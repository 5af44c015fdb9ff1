import gc
gc.collect()
x = [[i] for i in range(50)]
print("after collect", gc.collect() >= 0, gc.get_count())
gc.collect(0)
print("after collect(0)", gc.get_count())
gc.collect(1)
print("after collect(1)", gc.get_count())
gc.collect(0)
gc.collect(0)
print("after collect(0) twice", gc.get_count())
gc.collect()
print("after collect()", gc.get_count())
