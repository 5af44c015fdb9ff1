import sys
class Box:
    def __init__(self, items):
        self.items = items
        self.again = items
lst = []
b = Box(lst)
print(sys.getrefcount(lst))
b.again = None
print(sys.getrefcount(lst))
b2 = Box(lst)
print(sys.getrefcount(lst))
del b2
print(sys.getrefcount(lst))
del b.items
print(sys.getrefcount(lst))
setattr(b, "x", lst)
print(sys.getrefcount(lst))
delattr(b, "x")
print(sys.getrefcount(lst))
