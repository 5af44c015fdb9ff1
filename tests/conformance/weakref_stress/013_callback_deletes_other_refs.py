import gc
import weakref
gc.collect()
class T:
    pass
calls = []
refs = {}
def killer(wr):
    calls.append("killer")
    refs.clear()
def victim(wr):
    calls.append("victim")
t = T()
refs["victim"] = weakref.ref(t, victim)
refs["killer"] = weakref.ref(t, killer)
del t
print("refcount death", calls)
calls.clear()
u = T()
u.me = u
refs["victim"] = weakref.ref(u, victim)
refs["killer"] = weakref.ref(u, killer)
del u
print("collected", gc.collect(), calls)
calls.clear()
v = T()
only = {"r": weakref.ref(v, killer)}
refs["other"] = weakref.ref(v, victim)
del v
print("two refs", calls, len(refs))
