import sys
a = []
lst = [a for i in range(4)]
print(sys.getrefcount(a))
d = {i: a for i in range(3)}
print(sys.getrefcount(a))
s = {id(x) for x in [a, a]}
print(sys.getrefcount(a), len(s))
print([sys.getrefcount(x) for x in [a]])
print(sum(1 for x in lst if x is a))
del lst, d
print(sys.getrefcount(a))
