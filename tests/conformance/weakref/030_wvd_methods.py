import weakref
class Obj:
    def __init__(self, n):
        self.n = n
keep = [Obj(i) for i in range(3)]
d = weakref.WeakValueDictionary()
for o in keep:
    d[o.n] = o
print("setdefault existing", d.setdefault(0, keep[1]).n)
print("pop", d.pop(1).n, len(d))
print("pop default", d.pop(99, "none"))
print("values", sorted(v.n for v in d.values()))
print("keys", sorted(d.keys()))
del o
keep.clear()
print("all dead", len(d), list(d.keys()))
try:
    d.pop(0)
except KeyError as e:
    print(type(e).__name__, e)
