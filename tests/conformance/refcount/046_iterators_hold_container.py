import sys
lst = [1, 2, 3]
print(sys.getrefcount(lst))
it = iter(lst)
print(sys.getrefcount(lst))
next(it)
print(sys.getrefcount(lst))
for x in it:
    pass
print("exhausted", sys.getrefcount(lst))
r = reversed(lst)
print(sys.getrefcount(lst))
del r
e = enumerate(lst)
print(sys.getrefcount(lst))
del e
z = zip(lst, lst)
print(sys.getrefcount(lst))
list(z)
print("zip exhausted", sys.getrefcount(lst))
