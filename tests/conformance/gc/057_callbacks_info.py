import gc
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, sorted(info.items())))
gc.collect()
a = []
a.append(a)
b = []
b.append(b)
del a, b
gc.callbacks.append(cb)
result = gc.collect()
gc.collect(0)
gc.collect(1)
gc.callbacks.remove(cb)
print("result", result)
for phase, items in log:
    print(phase, items)
