import gc
gc.collect()
class WithDel:
    def __del__(self):
        print("__del__ sees partner", type(self.partner).__name__)
class Plain:
    pass
a = WithDel()
b = Plain()
c = Plain()
a.partner = b
b.partner = c
c.partner = a
del a, b, c
print("collected", gc.collect())
print("garbage", gc.garbage)
