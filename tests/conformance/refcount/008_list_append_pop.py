import sys
x = {}
lst = []
for i in range(4):
    lst.append(x)
    print(sys.getrefcount(x))
y = lst.pop()
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
lst.pop()
print(sys.getrefcount(x))
lst.pop(0)
print(sys.getrefcount(x))
lst.insert(0, x)
print(sys.getrefcount(x))
lst.extend([x, x])
print(sys.getrefcount(x), len(lst))
