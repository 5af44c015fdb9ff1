import gc
gc.collect()
print("enabled", gc.isenabled())
gc.disable()
print("after disable", gc.isenabled())
gc.disable()
print("disable twice", gc.isenabled())
a = []
a.append(a)
del a
print("explicit collect while disabled", gc.collect())
gc.enable()
print("after enable", gc.isenabled())
gc.enable()
print("enable twice", gc.isenabled())
