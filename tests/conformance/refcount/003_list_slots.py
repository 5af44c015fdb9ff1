import sys
x = []
lst = [x, x, x]
print(sys.getrefcount(x))
lst[0] = None
print(sys.getrefcount(x))
lst.append(x)
lst.append(x)
print(sys.getrefcount(x), len(lst))
del lst[1]
print(sys.getrefcount(x))
lst2 = [x] * 5
print(sys.getrefcount(x))
lst2 *= 2
print(sys.getrefcount(x))
del lst2
print(sys.getrefcount(x))
del lst
print(sys.getrefcount(x))
