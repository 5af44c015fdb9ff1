import gc
gc.collect()
events = []
def cb(phase, info):
    if phase == "start":
        events.append((len(keep), info["generation"]))
gc.collect()
gc.set_threshold(10)
keep = []
gc.callbacks.append(cb)
for i in range(60):
    keep.append([i])
gc.callbacks.remove(cb)
gc.disable()
print("collections", len(events))
for e in events:
    print("at len", e[0], "generation", e[1])
