import sys
a = []
b = [1]
a, b = b, a
print(a, b, sys.getrefcount(a), sys.getrefcount(b))
lst = []
lst += [a, a]
print(sys.getrefcount(a))
lst += (a,)
print(sys.getrefcount(a))
lst *= 0
print(sys.getrefcount(a), lst)
t = (a,)
t += (a,)
print(sys.getrefcount(a), len(t))
