import sys
class Doubler(list):
    def __init__(self, *args):
        super().__init__(args)
        self.calls = 0
    def append(self, x):
        self.calls += 1
        super().append(x * 2)
    def __getitem__(self, i):
        return ("item", list.__getitem__(self, i))
    def __setitem__(self, i, v):
        list.__setitem__(self, i, -v)
    def __len__(self):
        return 100 + list.__len__(self)
    def __iter__(self):
        return iter(["a", "b"])
    def __contains__(self, x):
        return x == "magic"
    def __repr__(self):
        return "Doubler(" + list.__repr__(self) + ")"
d = Doubler(1, 2, 3)
d.append(5)
print(d, repr(d), str(d), f"{d}", [d], d.calls)
print(d[0], d[-1], len(d), list(d), tuple(d), [x for x in d], sorted(d))
print("magic" in d, 1 in d, list.__contains__(d, 1), list.__len__(d))
d[0] = 7
print(list.__repr__(d), list.__getitem__(d, 0), *d)
a, b = d
print(a, b, max(d), "".join(d), dict.fromkeys(d))
x = []
x.extend(d)
print(x, list(d) == ["a", "b"], d == [-7, 2, 3, 10])
class Init(list):
    def __init__(self, items, name):
        list.__init__(self, items)
        self.name = name
i = Init(range(3), "n")
print(i, i.name, len(i))
list.__init__(i, "xy")
print(i, i.name)
try:
    Init()
except TypeError as exc:
    print(exc)
try:
    Doubler.__len__(5)
except TypeError as exc:
    print(type(exc).__name__)
