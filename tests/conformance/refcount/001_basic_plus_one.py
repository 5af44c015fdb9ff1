import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = a
print(sys.getrefcount(a), sys.getrefcount(b))
del b
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
d = {}
print(sys.getrefcount(d))
s = set()
print(sys.getrefcount(s))
