import gc
gc.collect()
events = []
def cb(phase, info):
    if phase == "start":
        events.append(info["generation"])
gc.collect()
gc.set_threshold(5, 2, 1000)
gc.callbacks.append(cb)
keep = []
for i in range(60):
    keep.append([i])
gc.callbacks.remove(cb)
gc.disable()
print(events)
print("after", gc.get_threshold())
