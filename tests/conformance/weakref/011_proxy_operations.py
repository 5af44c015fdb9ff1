import weakref
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __add__(self, other):
        return Box(self.items + other.items)
    def __str__(self):
        return "Box" + str(self.items)
b = Box([1, 2, 3])
p = weakref.proxy(b)
print(len(p), p[0], p[-1])
print(str(p))
print("add", (p + Box([4])).items)
print("in", 2 in p)
del b
try:
    len(p)
except ReferenceError as e:
    print(type(e).__name__, e)
