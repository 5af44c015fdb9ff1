import sys
a = []
def f(p):
    return sys.getrefcount(p)
def g(p):
    q = p
    return sys.getrefcount(p)
print(sys.getrefcount(a))
print(f(a))
print(f([]))
print(g(a))
print(g([]))
print(sys.getrefcount(a))
def h(p, q):
    return sys.getrefcount(p)
print(h(a, a))
print(h(a, None))
