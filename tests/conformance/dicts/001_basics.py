d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), "a" in d, 1 in d, d["a"])
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 0
print(d)
print(d.get("zz"), d.get("zz", -1), d.setdefault("e", []), d)
print(d.pop("a"), d.pop("missing", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
