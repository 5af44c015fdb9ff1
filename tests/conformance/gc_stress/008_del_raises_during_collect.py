import gc
gc.collect()
class Explode:
    def __init__(self, label):
        self.label = label
    def __call__(self):
        raise ValueError("boom " + self.label)
    def __repr__(self):
        return "<Explode " + self.label + ">"
class C:
    __del__ = Explode("cycle")
class D:
    __del__ = Explode("refcount")
c = C()
c.me = c
del c
print("collected", gc.collect())
d = D()
del d
print("after refcount death")
print("garbage", gc.garbage)
