import gc
gc.collect()
def wrap(x):
    return (x,)
def chain(depth):
    t = wrap(1)
    for i in range(depth - 1):
        t = wrap(t)
    return t
def levels(t):
    out = []
    while isinstance(t, tuple):
        out.append(gc.is_tracked(t))
        t = t[0]
    return "".join("T" if x else "u" for x in out)
t = chain(5)
print("new    ", levels(t))
for i in range(6):
    gc.collect()
    print("full", i + 1, levels(t))
u = chain(4)
gc.collect(0)
print("collect(0)", levels(u))
gc.collect(0)
print("collect(0) again", levels(u))
gc.collect(1)
print("collect(1)", levels(u))
gc.collect(1)
print("collect(1) again", levels(u))
v = chain(4)
inner = v[0][0]
gc.collect()
print("with named inner", levels(v), levels(inner))
pair = ((1, 2), (3, (4,)))
print("constant nested", levels(pair), levels(pair[1]))
