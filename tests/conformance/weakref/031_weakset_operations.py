import weakref
class T:
    def __init__(self, n):
        self.n = n
t1 = T(1)
t2 = T(2)
s = weakref.WeakSet()
s.add(t1)
s.add(t1)
s.add(t2)
print("len", len(s))
s.discard(t1)
print("after discard", len(s), t1 in s, t2 in s)
s.add(t1)
del t2
print("after del t2", len(s), [x.n for x in s])
try:
    s.add(3)
except TypeError as e:
    print(type(e).__name__, e)
print("int in set", 3 in s)
s.clear()
print("cleared", len(s))
