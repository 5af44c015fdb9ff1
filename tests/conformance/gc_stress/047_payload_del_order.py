import gc
gc.collect()
class D:
    def __init__(self, name, *kids):
        self.name = name
        self.kids = list(kids)
    def __del__(self):
        print("del", self.name, [k.name for k in self.kids])
a = D("a", D("a.x", D("a.x.1")), D("a.y"))
b = D("b", D("b.x"))
a.peer = b
b.peer = a
del a, b
print("collected", gc.collect())
root = D("root", D("leaf1"), D("leaf2"))
root.kids[0].up = root
del root
print("collected", gc.collect())
