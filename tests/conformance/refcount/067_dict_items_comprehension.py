import sys
class V:
    pass
d = {"a": V(), "b": V()}
print([sys.getrefcount(v) for k, v in d.items()])
print([sys.getrefcount(v) for v in d.values()])
print({k: sys.getrefcount(v) for k, v in d.items()})
print([sys.getrefcount(p[1]) for p in d.items()])
items = list(d.items())
print(sys.getrefcount(d["a"]))
