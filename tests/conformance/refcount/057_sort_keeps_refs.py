import sys
a = [3]
b = [1]
c = [2]
lst = [a, b, c]
print(sys.getrefcount(a), sys.getrefcount(b))
lst.sort()
print(lst, sys.getrefcount(a), sys.getrefcount(b))
lst.sort(key=len, reverse=True)
print(sys.getrefcount(a))
s = sorted(lst, key=lambda v: v[0], reverse=True)
print(s, sys.getrefcount(a))
m = max(lst)
print(m is a, sys.getrefcount(a))
n = min(lst, key=lambda v: -v[0])
print(n is a, sys.getrefcount(a))
