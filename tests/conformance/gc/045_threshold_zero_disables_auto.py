import gc
gc.collect()
events = []
def cb(phase, info):
    if phase == "start":
        events.append(info["generation"])
gc.collect()
gc.set_threshold(0)
gc.callbacks.append(cb)
keep = [[i] for i in range(2000)]
n_zero = len(events)
print("enabled", gc.isenabled())
gc.collect(0)
n_explicit = len(events)
gc.callbacks.remove(cb)
gc.disable()
gc.set_threshold(700)
print("automatic with threshold 0", n_zero)
print("explicit collect(0)", n_explicit, events)
