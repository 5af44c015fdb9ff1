import sys
class Obj:
    pass
o = Obj()
base = sys.getrefcount(o)
a = [o, o, o]
print(sys.getrefcount(o) - base)
b = a * 2
print(sys.getrefcount(o) - base)
c = a + b
print(sys.getrefcount(o) - base)
d = a[:]
e = a[::2]
print(sys.getrefcount(o) - base)
del b, c, d, e
print(sys.getrefcount(o) - base)
a.pop()
print(sys.getrefcount(o) - base)
x = a.pop()
print(sys.getrefcount(o) - base)
del x
a.clear()
print(sys.getrefcount(o) - base)
lst = []
lst.append(o)
lst.insert(0, o)
lst.extend([o, o])
lst.extend((o,))
print(sys.getrefcount(o) - base, len(lst))
lst.remove(o)
print(sys.getrefcount(o) - base)
lst[0] = 1
print(sys.getrefcount(o) - base)
del lst[0:2]
print(sys.getrefcount(o) - base)
lst *= 3
print(sys.getrefcount(o) - base, len(lst))
lst[::2] = [o] * 3
print(sys.getrefcount(o) - base)
lst.sort(key=lambda v: 0)
print(sys.getrefcount(o) - base)
it = iter(lst)
print(sys.getrefcount(lst))
del it
print(sys.getrefcount(lst))
it = iter(lst)
for _ in it:
    pass
print(sys.getrefcount(lst))
del lst
print(sys.getrefcount(o) - base)
t = [o]
t.sort()
t.reverse()
print(sys.getrefcount(o) - base, o in t, t.count(o), t.index(o))
del t
print(sys.getrefcount(o) - base)
