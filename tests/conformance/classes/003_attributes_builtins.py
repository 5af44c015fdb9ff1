class C:
    a = 1
    def __init__(self):
        self.b = 2
c = C()
print(getattr(c, "a"), getattr(c, "b"), getattr(c, "z", "none"), hasattr(c, "b"), hasattr(c, "z"))
setattr(c, "z", 26)
print(c.z, vars(c))
delattr(c, "z")
print(hasattr(c, "z"))
try:
    c.missing
except AttributeError as e:
    print(e)
try:
    del c.missing
except AttributeError as e:
    print(e)
try:
    C.nothing
except AttributeError as e:
    print(e)
print([n for n in dir(c) if not n.startswith("__")])
