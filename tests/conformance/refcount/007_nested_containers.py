import sys
inner = [1]
mid = [inner, inner]
outer = [mid, (inner,)]
print(sys.getrefcount(inner), sys.getrefcount(mid))
del outer
print(sys.getrefcount(inner), sys.getrefcount(mid))
d = {"a": [inner], "b": {"c": inner}}
print(sys.getrefcount(inner))
d["a"].append(inner)
print(sys.getrefcount(inner))
d.pop("a")
print(sys.getrefcount(inner))
del d
print(sys.getrefcount(inner))
del mid
print(sys.getrefcount(inner))
