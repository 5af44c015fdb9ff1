import gc
gc.collect()
gc.freeze()
long_lived = [[i] for i in range(400)]
gc.collect()
gens = []
def cb(phase, info):
    if phase == "start":
        gens.append(info["generation"])
survivors = []
gc.set_threshold(4, 1, 1)
gc.callbacks.append(cb)
for i in range(600):
    junk = [i]
    junk.append(junk)
    if i % 3 == 0:
        survivors.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("collections", len(gens))
print("per generation", [gens.count(g) for g in range(3)])
print("first full at", gens.index(2) if 2 in gens else None)
print("full positions", [i for i, g in enumerate(gens) if g == 2])
