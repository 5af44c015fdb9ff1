import sys
lst = [[1], [2]]
print(sys.getrefcount(lst))
g = (x for x in lst)
print(sys.getrefcount(lst))
first = next(g)
print(sys.getrefcount(first))
rest = list(g)
print(sys.getrefcount(lst), sys.getrefcount(first))
del g
print(sys.getrefcount(lst))
def f(it):
    return sys.getrefcount(it)
print(f(x for x in lst))
