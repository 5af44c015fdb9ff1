import sys
x = [0]
t = (x, x)
print(sys.getrefcount(x))
u = t + t
print(sys.getrefcount(x))
v = (x,) * 3
print(sys.getrefcount(x))
w = tuple([x, x])
print(sys.getrefcount(x))
del t, u
print(sys.getrefcount(x))
v = None
w = None
print(sys.getrefcount(x))
