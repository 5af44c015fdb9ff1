import gc
gc.collect()
stash = []
record = []
def cb(phase, info):
    if phase == "stop":
        for i in range(4):
            stash.append([i])
        record.append((info["generation"], len(keep), gc.collect()))
gc.set_threshold(10)
gc.callbacks.append(cb)
keep = []
for i in range(80):
    keep.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700)
print("stash", len(stash))
for r in record:
    print(r)
