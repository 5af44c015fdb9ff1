import gc
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, info["generation"]))
class Inner:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "nested collect returns", gc.collect())
class Junk:
    pass
def make_junk(n):
    for i in range(n):
        j = Junk()
        j.me = j
gc.callbacks.append(cb)
x = Inner("in-gc")
x.me = x
del x
make_junk(3)
print("outer collect", gc.collect())
y = Inner("by-refcount")
make_junk(2)
del y
gc.callbacks.remove(cb)
print("callbacks", seen)
