import gc
gc.collect()
old = []
gc.collect()
young = [old]
young.append(young)
old.append(young)
del young
print("collect(0) with old referrer", gc.collect(0))
old.clear()
print("after old.clear, collect(0)", gc.collect(0))
print("collect(1)", gc.collect(1))
young2 = []
young2.append(young2)
young2.append(old)
del young2
print("young cycle pointing to old", gc.collect(0))
print("old still alive", old)
