import gc
gc.collect()
events = []
def cb(phase, info):
    if phase == "start":
        events.append(info["generation"])
def run():
    gc.collect()
    gc.set_threshold(5)
    gc.disable()
    gc.callbacks.append(cb)
    base = gc.get_count()
    keep = [[i] for i in range(20)]
    grown = gc.get_count()
    n_disabled = len(events)
    gc.enable()
    x = []
    n_enabled = len(events)
    after = gc.get_count()
    gc.disable()
    gc.callbacks.remove(cb)
    print("count grew past threshold", grown[0] - base[0] > 5)
    print("collections while disabled", n_disabled)
    print("collections after enable + one list", n_enabled, events)
    print("count after", after)
run()
