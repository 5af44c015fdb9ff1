import gc
gc.collect()
saved = []
class Keeper:
    def __del__(self):
        print("Keeper.__del__")
        saved.append(self)
class Plain:
    pass
k = Keeper()
p = Plain()
k.partner = p
p.partner = k
x = Plain()
x.me = x
del k, p, x
print("collected", gc.collect())
print("partner survives", type(saved[0].partner).__name__)
saved.clear()
print("after release", gc.collect())
