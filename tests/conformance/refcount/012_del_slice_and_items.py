import sys
x = []
lst = [x, x, x, x, x, x]
print(sys.getrefcount(x))
del lst[1:3]
print(sys.getrefcount(x))
del lst[::2]
print(sys.getrefcount(x), len(lst))
lst[0:0] = [x, x, x]
print(sys.getrefcount(x))
lst[1:] = []
print(sys.getrefcount(x))
del lst[:]
print(sys.getrefcount(x))
