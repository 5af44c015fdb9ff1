import gc
gc.collect()
def pair(a, b):
    return (a, b)
t = pair(1, 2)
d = {}
d["t"] = t
print("tuple tracked", gc.is_tracked(t), "dict tracked", gc.is_tracked(d))
gc.collect()
print("after collect", gc.is_tracked(t), gc.is_tracked(d))
e = {}
e["t"] = t
print("untracked tuple stored", gc.is_tracked(e))
f = {pair(3, 4): "key"}
print("tracked tuple key", gc.is_tracked(f))
