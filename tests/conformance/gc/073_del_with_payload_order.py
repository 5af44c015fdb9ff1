import gc
gc.collect()
class Node:
    def __init__(self, name, payload=None):
        self.name = name
        self.payload = payload
    def __del__(self):
        print("__del__", self.name)
a = Node("cycle", Node("payload", Node("inner")))
a.me = a
del a
print("collect")
print("collected", gc.collect())
