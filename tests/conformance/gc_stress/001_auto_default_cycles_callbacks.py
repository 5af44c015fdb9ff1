import gc
gc.collect()
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"]))
class Node:
    pass
gc.callbacks.append(cb)
for i in range(1500):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
gc.callbacks.remove(cb)
print("events", len(events))
for e in events:
    print(e)
del a, b
print("left", gc.collect())
