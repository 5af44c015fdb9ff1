import sys
a = []
b = []
lst = [a, b]
x, y = lst
print(sys.getrefcount(a), sys.getrefcount(b))
p, *rest = [a, a, b]
print(sys.getrefcount(a), sys.getrefcount(b), len(rest))
del rest
print(sys.getrefcount(a), sys.getrefcount(b))
(m, n), o = (a, b), a
print(sys.getrefcount(a), sys.getrefcount(b))
x = y = p = m = n = o = None
print(sys.getrefcount(a), sys.getrefcount(b))
