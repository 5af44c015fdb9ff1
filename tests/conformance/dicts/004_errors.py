d = {"a": 1}
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, repr(e))
t(lambda: d["missing"])
t(lambda: d[0])
t(lambda: d[(1, 2)])
t(lambda: {}.popitem())
t(lambda: d.pop("zz"))
t(lambda: {[1]: 2})
t(lambda: d[[1]])
def mutate():
    for k in d:
        d["new" + k] = 1
t(mutate)
print(d)
