import sys
a = []
def f(**kw):
    return sys.getrefcount(kw["x"]), sys.getrefcount(kw)
print(f(x=a))
print(f(x=a, y=a))
d = {"x": a}
print(f(**d))
def g(x, **kw):
    return sys.getrefcount(x)
print(g(x=a))
print(g(a, z=a))
print(sys.getrefcount(a))
