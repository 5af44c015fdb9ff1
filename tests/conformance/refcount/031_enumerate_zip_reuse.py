import sys
class V:
    pass
lst = [V(), V()]
other = [V(), V()]
for i, v in enumerate(lst):
    print("enumerate", i, sys.getrefcount(v))
for v, w in zip(lst, other):
    print("zip", sys.getrefcount(v), sys.getrefcount(w))
for v in lst:
    print("plain", sys.getrefcount(v))
pairs = list(enumerate(lst))
print(sys.getrefcount(lst[0]))
del pairs
print(sys.getrefcount(lst[0]))
