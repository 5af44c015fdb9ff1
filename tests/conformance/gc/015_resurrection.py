import gc
gc.collect()
saved = []
class C:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)
a = C()
a.me = a
del a
print("collected", gc.collect())
print("saved", len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("after release", gc.collect())
print("saved", saved)
