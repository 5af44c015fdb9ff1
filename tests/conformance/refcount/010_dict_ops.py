import sys
v = [1]
d = {}
d["a"] = v
d["b"] = v
print(sys.getrefcount(v))
d["a"] = None
print(sys.getrefcount(v))
r = d.pop("b")
print(sys.getrefcount(v))
del r
print(sys.getrefcount(v))
d.setdefault("c", v)
d.setdefault("c", v)
print(sys.getrefcount(v))
g = d.get("c")
print(sys.getrefcount(v))
del g, d["c"]
print(sys.getrefcount(v))
d.update({"x": v, "y": v})
print(sys.getrefcount(v))
d.popitem()
print(sys.getrefcount(v))
