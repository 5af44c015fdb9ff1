import gc
import weakref
gc.collect()
class T:
    pass
holder = {}
def forget(wr):
    print("callback, dropping the weakref")
    del holder["r"]
t = T()
t.me = t
holder["r"] = weakref.ref(t, forget)
del t
print("collected", gc.collect(), "holder", holder)
u = T()
u.me = u
refs = [weakref.ref(u, lambda r, i=i: print("lambda", i)) for i in range(3)]
del u
print("collected", gc.collect())
refs.clear()
v = T()
v.me = v
lst = [weakref.ref(v, lambda r: lst.clear())]
del v
print("self-clearing list", gc.collect(), lst)
