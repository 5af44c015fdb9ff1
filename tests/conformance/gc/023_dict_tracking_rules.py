import gc
gc.collect()
n = 3
print("empty", gc.is_tracked({}))
print("atomic", gc.is_tracked({"a": 1, "b": "x", 2: None}))
print("dict()", gc.is_tracked(dict(a=1)))
print("comprehension", gc.is_tracked({i: i * i for i in range(n)}))
print("list value", gc.is_tracked({"a": []}))
print("dict value", gc.is_tracked({"a": {}}))
d = {}
d["x"] = 1
print("after int", gc.is_tracked(d))
d["y"] = "s"
print("after str", gc.is_tracked(d))
d["z"] = [1]
print("after list", gc.is_tracked(d))
e = {}
e[(1, 2)] = 1
print("constant tuple key", gc.is_tracked(e))
