class A:
    cls_attr = 1
    def method(self):
        pass
a = A()
a.inst = 2
names = dir(a)
print([n for n in names if not n.startswith("_")])
print("__init__" in dir(A), "__class__" in names)
print(sorted(vars(a)), sorted(k for k in vars(A) if not k.startswith("__")))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(type(o).__name__, isinstance(o, object), object.__name__, str(type(o)), str(A).startswith("<class"))
print(repr(type(a)), type(a).__module__, repr(int), repr(type))
