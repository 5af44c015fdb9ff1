import sys
def gen(p):
    q = p
    yield 1
    yield 2
a = []
g = gen(a)
print("created", sys.getrefcount(a))
next(g)
print("suspended", sys.getrefcount(a))
next(g)
print("suspended2", sys.getrefcount(a))
print(list(g))
print("exhausted", sys.getrefcount(a))
g2 = gen(a)
next(g2)
print(sys.getrefcount(a))
del g2
print("deleted", sys.getrefcount(a))
