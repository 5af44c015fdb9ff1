import gc
import weakref
gc.collect()
class M:
    def __init__(self, name):
        self.name = name
s = weakref.WeakSet()
keep = []
for i in range(6):
    m = M("m%d" % i)
    if i % 3 == 0:
        keep.append(m)
    else:
        m.me = m
    s.add(m)
del m
print("before", len(s))
print("collected", gc.collect())
print("after", len(s), sorted(x.name for x in s))
print("contains", keep[0] in s, M("other") in s)
other = weakref.WeakSet(keep[:1])
print("subset", other <= s, "union", sorted(x.name for x in (s | other)))
s.discard(keep[1])
print("after discard", sorted(x.name for x in s))
keep.clear()
print("cleared", len(s), len(other))
