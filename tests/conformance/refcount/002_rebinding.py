import sys
a = [1, 2]
b = a
print(sys.getrefcount(a))
b = [3]
print(sys.getrefcount(a), sys.getrefcount(b))
b = a
b = b
print(sys.getrefcount(a))
a = a
print(sys.getrefcount(a))
x = y = z = a
print(sys.getrefcount(a))
x = None
y = None
print(sys.getrefcount(a))
del z
print(sys.getrefcount(a))
