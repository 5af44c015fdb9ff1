import sys
class Base:
    b = 1
    def m(self):
        pass
class Derived(Base):
    d = 2
obj = Derived()
obj.z = 3
names = dir(obj)
print([n for n in names if not n.startswith("__")])
print([n for n in dir(Derived) if not n.startswith("__")])
print("__init__" in dir(obj), "__class__" in dir(obj))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
def f():
    y = 1
    x = 2
    return dir()
print(f())
print(dir(1) == sorted(dir(1)), "real" in dir(1))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
