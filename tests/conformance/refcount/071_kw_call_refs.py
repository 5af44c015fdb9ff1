import sys
a = []
def f(x, y=None, *, z=None):
    return sys.getrefcount(x), sys.getrefcount(a)
print(f(a))
print(f(x=a))
print(f(a, a))
print(f(a, y=a, z=a))
print(f(*[a]))
print(f(**{"x": a}))
print(sys.getrefcount(a))
