import gc
import weakref
gc.collect()
class K:
    def __init__(self, name):
        self.name = name
d = weakref.WeakKeyDictionary()
k1 = K("self-anchored")
d[k1] = [k1]
k2 = K("plain")
d[k2] = ["no back ref"]
del k1, k2
print("after del", len(d), [k.name for k in d.keys()])
print("collect", gc.collect(), len(d))
v = weakref.WeakValueDictionary()
class V:
    pass
obj = V()
obj.key = obj
v["x"] = obj
del obj
print("value alive via own cycle until collect", len(v))
gc.collect()
print("after collect", len(v))
holder = {"d": d}
d[K("dict-holder")] = holder
print("len", len(d))
del holder
print("collect", gc.collect(), len(d))
