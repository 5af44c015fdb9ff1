import weakref
class C:
    pass
log = []
def cb(ref):
    log.append(ref)
    print("callback, referent gone:", ref() is None)
obj = C()
r = weakref.ref(obj, cb)
print("callback attr", r.__callback__ is cb)
print("before del")
del obj
print("after del")
print("callback got the ref", log[0] is r)
print("callback attr after death", r.__callback__)
