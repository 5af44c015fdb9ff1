import sys
x = []
y = []
lst = [x, y, x, y, x]
print(sys.getrefcount(x), sys.getrefcount(y))
lst.remove(x)
print(sys.getrefcount(x), sys.getrefcount(y))
lst.remove(y)
print(sys.getrefcount(x), sys.getrefcount(y))
lst.reverse()
print(sys.getrefcount(x), sys.getrefcount(y))
lst.clear()
print(sys.getrefcount(x), sys.getrefcount(y), lst)
lst += [x, y]
print(sys.getrefcount(x), sys.getrefcount(y))
lst[:] = []
print(sys.getrefcount(x), sys.getrefcount(y))
