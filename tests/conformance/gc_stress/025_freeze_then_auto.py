import gc
gc.collect()
class Node:
    pass
def cycles(n):
    for i in range(n):
        a = Node()
        a.me = a
cycles(50)
gc.freeze()
print("count after freeze", gc.get_count())
stops = []
def cb(phase, info):
    if phase == "stop":
        stops.append((info["generation"], info["collected"]))
gc.set_threshold(100)
gc.callbacks.append(cb)
cycles(250)
gc.callbacks.remove(cb)
print("auto", stops)
print("explicit", gc.collect())
gc.unfreeze()
print("after unfreeze", gc.collect())
gc.set_threshold(700)
