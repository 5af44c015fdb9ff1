import sys
a = []
def f(*args):
    return sys.getrefcount(args[0]), sys.getrefcount(args)
print(f(a))
print(f(a, a))
lst = [a, a, a]
print(f(*lst))
def g(x, *rest):
    return sys.getrefcount(x), len(rest)
print(g(a, a, a))
print(g(*lst))
print(sys.getrefcount(a))
