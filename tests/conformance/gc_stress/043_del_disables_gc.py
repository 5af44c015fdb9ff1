import gc
gc.collect()
log = []
class Switch:
    def __del__(self):
        log.append(("del", gc.isenabled()))
        gc.disable()
def cb(phase, info):
    log.append((phase, info["generation"]))
s = Switch()
s.me = s
del s
gc.set_threshold(10)
gc.callbacks.append(cb)
keep = []
for i in range(40):
    keep.append([i])
print("enabled", gc.isenabled(), "count over threshold", gc.get_count()[0] > 10)
gc.enable()
keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700)
for e in log:
    print(e)
