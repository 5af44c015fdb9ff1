import gc
gc.collect()
gc.freeze()
gc.collect()
stops = []
def cb(phase, info):
    if phase == "stop":
        stops.append((info["generation"], info["collected"]))
def churn(n):
    for i in range(n):
        x = [i]
        x.append(x)
gc.set_threshold(1, 1, 1)
gc.callbacks.append(cb)
churn(12)
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("collections", len(stops))
for s in stops:
    print(s)
print("total collected", sum(c for g, c in stops))
