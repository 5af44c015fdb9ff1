import gc
gc.collect()
class Temp:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  Temp", self.name, "gone")
class Owner:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Owner", self.name, "finalizing")
        t = Temp(self.name + "-temp")
        keep = Temp(self.name + "-kept")
        keep.link = keep
        print("Owner", self.name, "done")
a = Owner("a")
b = Owner("b")
a.peer = b
b.peer = a
del a, b
print("first", gc.collect())
print("second", gc.collect())
print("third", gc.collect())
