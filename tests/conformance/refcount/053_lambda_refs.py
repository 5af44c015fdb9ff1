import sys
a = []
f = lambda: a
print(sys.getrefcount(a))
x = f()
print(sys.getrefcount(a))
g = lambda p: sys.getrefcount(p)
print(g(a), g([]))
h = lambda p=a: p
print(sys.getrefcount(a))
del h
print(sys.getrefcount(a))
k = (lambda q: (lambda: q))(a)
print(sys.getrefcount(a))
del k
print(sys.getrefcount(a))
