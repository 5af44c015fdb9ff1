import sys, gc, weakref
class L(list):
    def __del__(self):
        print("del L", len(self))
class D(dict):
    pass
l = L([1, 2])
r = weakref.ref(l)
print(r() is l, l.__weakref__ is r)
l.append(l)
l.me = l
del l
print("before collect", r() is not None)
print(gc.collect() > 0, r())
d = D()
d["self"] = d
d.attr = [d]
w = weakref.ref(d)
del d
print(w() is not None, gc.collect() > 0, w())
items = [object() for _ in range(3)]
big = L(items)
print(sys.getrefcount(items[0]))
big.extra = items[1]
print(sys.getrefcount(items[1]))
del big
print(sys.getrefcount(items[0]), sys.getrefcount(items[1]))
print(gc.get_referents(D(a=[1]))[-1], L.__weakref__.__class__.__name__)
