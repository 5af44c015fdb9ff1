import gc
gc.collect()
def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]
saved = []
class Lazarus:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)
        saved.append(self)
Lazarus("young")
print("collect(0)", gc.collect(0))
print("young back in generation", where(saved[0]), gc.is_finalized(saved[0]))
Lazarus("mid")
gc.collect(0)
print("collect(1)", gc.collect(1))
print("mid back in generation", where(saved[1]))
saved.clear()
print("dropped, collect(0)", gc.collect(0))
print("collect(1)", gc.collect(1))
print("collect(2)", gc.collect(2))
print("saved", saved)
