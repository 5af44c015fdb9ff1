import gc
import weakref
gc.collect()
registry = weakref.WeakValueDictionary()
class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("__del__", self.name, "key present?", self.name in registry)
        registry[self.name] = self
        survivors.append(self)
survivors = []
registry["p"] = Phoenix("p")
print("len", len(registry))
print("collected", gc.collect())
print("after", len(registry), list(registry.keys()), registry["p"] is survivors[0])
survivors.clear()
print("collected again", gc.collect(), len(registry))
