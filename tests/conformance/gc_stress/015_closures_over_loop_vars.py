import gc
gc.collect()
def make():
    fs = []
    for i in range(3):
        fs.append(lambda: (i, len(fs)))
    return fs
fs = make()
print([f() for f in fs])
del fs
print("late-binding closures", gc.collect())
def make_bound():
    fs = []
    for i in range(3):
        def f(i=i):
            return i, fs
        fs.append(f)
    return fs
fs = make_bound()
print([f()[0] for f in fs])
del fs
print("default-arg closures", gc.collect())
def make_independent():
    out = []
    for i in range(3):
        def outer(j):
            def inner():
                return j, inner
            return inner
        out.append(outer(i))
    return out
fs = make_independent()
print([f()[0] for f in fs])
del fs
print("self-referencing inners", gc.collect())
