import gc
import weakref
gc.collect()
class T:
    pass
results = []
def cb(wr):
    results.append(("in callback", gc.collect()))
def junk():
    j = T()
    j.me = j
t = T()
t.me = t
r = weakref.ref(t, cb)
del t
junk()
print("outer", gc.collect(), results)
results.clear()
t2 = T()
r2 = weakref.ref(t2, cb)
junk()
junk()
del t2
print("refcount death", results)
