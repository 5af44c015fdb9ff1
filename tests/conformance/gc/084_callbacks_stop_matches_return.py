import gc
gc.collect()
stops = []
def cb(phase, info):
    if phase == "stop":
        stops.append((info["generation"], info["collected"], info["uncollectable"]))
def make_cycles(n):
    for i in range(n):
        a = [i]
        a.append(a)
gc.callbacks.append(cb)
make_cycles(3)
r0 = gc.collect(0)
make_cycles(2)
r2 = gc.collect()
gc.callbacks.remove(cb)
print("returns", r0, r2)
print("stop infos", stops)
