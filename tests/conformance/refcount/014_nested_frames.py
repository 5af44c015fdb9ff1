import sys
a = []
def f1(p):
    return f2(p)
def f2(p):
    return f3(p)
def f3(p):
    return sys.getrefcount(p)
print(f3(a))
print(f2(a))
print(f1(a))
print(f1([]))
def r(p, n):
    if n == 0:
        return sys.getrefcount(p)
    return r(p, n - 1)
print(r(a, 0), r(a, 5), r([], 5))
print(sys.getrefcount(a))
