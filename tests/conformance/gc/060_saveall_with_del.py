import gc
gc.collect()
class C:
    def __del__(self):
        print("__del__ runs")
gc.set_debug(gc.DEBUG_SAVEALL)
c = C()
c.me = c
del c
print("collected", gc.collect())
print("saved", [type(g).__name__ for g in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("freed", gc.collect())
