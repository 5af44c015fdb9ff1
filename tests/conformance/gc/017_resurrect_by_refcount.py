import gc
gc.collect()
saved = []
class C:
    def __del__(self):
        print("__del__")
        saved.append(self)
c = C()
print("finalized before", gc.is_finalized(c))
del c
print("resurrected", len(saved), gc.is_finalized(saved[0]))
c = saved.pop()
print("popped", len(saved))
del c
print("no second __del__", len(saved))
d = C()
d.me = d
print("new object finalized", gc.is_finalized(d))
del d
print("collected", gc.collect(), len(saved))
saved.clear()
