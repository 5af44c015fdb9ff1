import gc
gc.collect()
a = ["x"]
b = ["y"]
c = ["z"]
lst = [a, b, c]
print([r[0] for r in gc.get_referents(lst)])
def mk(p, q, r):
    return (p, q, r)
t = mk(a, b, c)
print([r[0] for r in gc.get_referents(t)])
print("ints", gc.get_referents([1, 2, 3]))
print("empty", gc.get_referents([]))
print("two args", [r[0] for r in gc.get_referents([a, b], (c,))])
