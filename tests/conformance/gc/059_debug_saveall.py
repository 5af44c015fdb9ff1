import gc
gc.collect()
print("debug", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug", gc.get_debug(), gc.DEBUG_SAVEALL)
a = []
a.append(a)
b = {}
b["b"] = b
del a, b
print("collected", gc.collect())
print("garbage", len(gc.garbage), sorted(type(g).__name__ for g in gc.garbage))
print("again", gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clearing garbage", gc.collect())
print("garbage", gc.garbage)
