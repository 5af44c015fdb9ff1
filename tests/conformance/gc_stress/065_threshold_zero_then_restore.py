import gc
gc.collect()
starts = []
def cb(phase, info):
    if phase == "start":
        starts.append((len(keep), info["generation"]))
keep = []
gc.callbacks.append(cb)
gc.set_threshold(0)
for i in range(50):
    keep.append([i])
print("threshold 0 collections", len(starts), "count > 40", gc.get_count()[0] > 40)
gc.set_threshold(5)
keep.append([])
print("first allocation after restore collects", starts)
gc.set_threshold(5, 0)
for i in range(30):
    keep.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("generations with threshold1=0", sorted(set(g for n, g in starts)))
