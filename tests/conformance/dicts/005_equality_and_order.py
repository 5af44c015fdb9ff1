a = {1: "a", 2: "b"}
b = {2: "b", 1: "a"}
print(a == b, list(a) == list(b), a != {1: "a"})
d = {}
for w in "the quick brown the lazy quick the".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(d.items(), key=lambda p: (-p[1], p[0])))
print(max(d, key=d.get), min(d.values()), sum(d.values()))
d2 = dict(d)
d2.clear()
print(d2, d == d2, bool(d), bool(d2))
