import sys, gc
class D(dict):
    def keys_sorted(self):
        return sorted(self)
d = D(b=2, a=1)
d["c"] = 3
d.label = "lab"
print(d, d.keys_sorted(), len(d), type(d).__name__, isinstance(d, dict), d == {"a": 1, "b": 2, "c": 3})
print(d.label, d.__dict__, list(d), list(d.items()), d.get("z", 0), "a" in d)
print(sys.getsizeof(D()), sys.getsizeof({}), gc.is_tracked(D()), gc.is_tracked({}), sys.getrefcount(d))
print([c.__name__ for c in D.__mro__], D([("x", 1)]), D({"y": 2}, z=3))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    D(1, 2)
except TypeError as e:
    print(e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"), len(c))
class Auto(dict):
    def __missing__(self, key):
        value = self[key] = Auto()
        return value
t = Auto()
t["a"]["b"]["c"] = 1
print(t, type(t["a"]).__name__, sys.getrefcount(t["a"]))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["x"] = 1
print(u, u["X"], u["x"], dict.__getitem__(u, "X"), u.get("x"))
merged = {**d, "d": 4}
print(merged, type(d.copy()).__name__, type(d | {}).__name__, dict(d))
d |= {"e": 5}
print(type(d).__name__, d)
del d["e"]
print(d.pop("c"), d, d.label)
