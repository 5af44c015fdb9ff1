import gc
gc.collect()
class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = C("a")
a.me = a
del a
print("before collect")
print("collected", gc.collect())
print("garbage", gc.garbage)
print("again", gc.collect())
