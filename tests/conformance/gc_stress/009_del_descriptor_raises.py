import gc
gc.collect()
class Bound:
    def __init__(self, obj):
        self.obj = obj
    def __call__(self):
        print("finalizing", self.obj.name)
        raise KeyError(self.obj.name)
    def __repr__(self):
        return "<Bound " + self.obj.name + ">"
class DelDescriptor:
    def __get__(self, obj, owner):
        return Bound(obj)
class C:
    __del__ = DelDescriptor()
    def __init__(self, name):
        self.name = name
a = C("a")
b = C("b")
a.other = b
b.other = a
del a, b
print("collected", gc.collect())
C("temp")
print("end")
