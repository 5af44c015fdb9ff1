d = {}
key = (1, 2)
try:
    d[key]
except KeyError as e:
    print("str:", e, "repr:", repr(e))
d[key] = 1
del d[key]
d[key] += 1
