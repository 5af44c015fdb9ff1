import sys
d = []
def f(x=d, y=d):
    return sys.getrefcount(x)
print(sys.getrefcount(d))
print(f())
print(f(d))
print(f.__defaults__[0] is d, len(f.__defaults__))
def g(*, k=d):
    return sys.getrefcount(k)
print(sys.getrefcount(d))
print(g())
print(g.__kwdefaults__["k"] is d)
del f
print(sys.getrefcount(d))
del g
print(sys.getrefcount(d))
