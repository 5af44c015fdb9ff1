import gc
gc.collect()
d = {"a": 1, "b": 2, "c": 3}
print("str keys", gc.get_referents(d))
e = {1: "one", 2: "two", "three": 3}
print("mixed keys", gc.get_referents(e))
f = {10: 100, 20: 200}
print("int keys", gc.get_referents(f))
g = {}
print("empty", gc.get_referents(g))
h = {"x": 1}
h[5] = 50
print("str then int", gc.get_referents(h))
