import gc
gc.collect()
saved = []
class C:
    runs = 0
    def __del__(self):
        C.runs += 1
        print("__del__ run", C.runs)
        saved.append(self)
a = C()
a.me = a
del a
print("first", gc.collect())
print("second (still saved)", gc.collect())
obj = saved.pop()
print("alive", type(obj).__name__, obj.me is obj)
del obj
print("third", gc.collect())
print("runs", C.runs, "saved", len(saved))
