import gc
gc.collect()
class Holder:
    pass
class Target:
    pass
x = Target()
d = {"x": x}
l = [x, x]
h = Holder()
h.attr = x
t = (x,)
mine = [d, l, h, t]
def referrers(obj):
    found = [r for r in gc.get_referrers(obj) if any(r is m for m in mine)]
    return sorted(type(r).__name__ for r in found)
print("inline attribute", referrers(x))
h.__dict__
print("materialized dict", referrers(x))
mine.append(h.__dict__)
print("with dict in mine", referrers(x))
gc.collect()
print("after collect", referrers(x), gc.is_tracked(t))
s = {x}
mine.append(s)
print("with set", referrers(x))
del d["x"]
l.remove(x)
print("after removals", referrers(x))
