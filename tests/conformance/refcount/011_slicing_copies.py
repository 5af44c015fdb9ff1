import sys
a = []
b = []
lst = [a, b, a, b, a]
print(sys.getrefcount(a), sys.getrefcount(b))
s1 = lst[:]
print(sys.getrefcount(a), sys.getrefcount(b))
s2 = lst[::2]
print(sys.getrefcount(a), sys.getrefcount(b))
s3 = lst[1:2]
print(sys.getrefcount(a), sys.getrefcount(b))
t = tuple(lst)[1:]
print(sys.getrefcount(a), sys.getrefcount(b))
del s1, s2, s3, t
print(sys.getrefcount(a), sys.getrefcount(b))
c = lst.copy()
print(sys.getrefcount(a), sys.getrefcount(b))
