import gc
gc.collect()
gc.freeze()
gc.collect()
gens = []
def cb(phase, info):
    if phase == "start":
        gens.append(info["generation"])
keep = []
gc.set_threshold(3, 2, 2)
gc.callbacks.append(cb)
for i in range(120):
    keep.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("collections", len(gens))
print("".join(str(g) for g in gens))
print("per generation", [gens.count(g) for g in range(3)])
