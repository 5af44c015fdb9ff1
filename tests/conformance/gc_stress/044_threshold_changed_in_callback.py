import gc
gc.collect()
starts = []
def cb(phase, info):
    if phase == "start":
        starts.append(len(keep))
        t = gc.get_threshold()[0]
        gc.set_threshold(t * 2)
gc.set_threshold(4)
keep = []
gc.callbacks.append(cb)
for i in range(200):
    keep.append([i])
gc.callbacks.remove(cb)
print("threshold now", gc.get_threshold())
print("collections at", starts)
gc.set_threshold(700)
