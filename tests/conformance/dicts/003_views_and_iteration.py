d = {"one": 1, "two": 2, "three": 3}
k = d.keys()
v = d.values()
i = d.items()
d["four"] = 4
print(k, v, i)
print(len(k), "one" in k, 2 in v, ("two", 2) in i)
print(k & {"one", "zzz"}, sorted(k | {"x"}))
for key in d:
    print(key, d[key], end="; ")
print()
for n, (key, val) in enumerate(sorted(d.items(), key=lambda p: p[1])):
    print(n, key, val)
print(list(reversed(d)), list(reversed(d.items()))[0])
