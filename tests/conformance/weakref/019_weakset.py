import gc
import weakref
gc.collect()
class M:
    def __init__(self, n):
        self.n = n
members = [M(i) for i in range(4)]
s = weakref.WeakSet(members)
print("len", len(s), members[0] in s)
print("names", sorted(m.n for m in s))
members.pop()
print("after pop", len(s), sorted(m.n for m in s))
x = members[0]
members.clear()
print("only x left", len(s), [m.n for m in s], x in s)
x.me = x
del x
gc.collect()
print("after collect", len(s), list(s))
s.add(M(9))
print("temporary gone", len(s))
