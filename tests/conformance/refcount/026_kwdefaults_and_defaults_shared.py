import sys
d = {}
def f(a, b=d, *, c=d, e=d):
    return sys.getrefcount(d)
print(sys.getrefcount(d))
print(f(1))
print(f(1, d, c=d))
print(len(f.__kwdefaults__))
f.__kwdefaults__ = None
print(sys.getrefcount(d))
f.__defaults__ = ()
print(sys.getrefcount(d))
