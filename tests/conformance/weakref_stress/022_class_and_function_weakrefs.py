import gc
import weakref
gc.collect()
events = []
def build():
    class Temp:
        def m(self):
            return 1
    def helper():
        return Temp
    return Temp, helper
T, h = build()
rt = weakref.ref(T, lambda r: events.append("class gone"))
rh = weakref.ref(h, lambda r: events.append("function gone"))
rm = weakref.ref(T.m, lambda r: events.append("method function gone"))
inst = T()
ri = weakref.ref(inst, lambda r: events.append("instance gone"))
del T
print("class alive via instance", rt() is type(inst), events)
del inst
print("after instance", events)
del h
print("after helper", events)
print("collected", gc.collect())
print("events", events)
