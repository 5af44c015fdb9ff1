import gc
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, info["generation"], gc.get_count()))
gc.set_threshold(8, 3, 100)
gc.callbacks.append(cb)
keep = []
for i in range(60):
    keep.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
for s in seen:
    print(s)
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(seen[-2:])
