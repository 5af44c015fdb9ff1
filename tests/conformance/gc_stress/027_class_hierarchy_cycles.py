import gc
gc.collect()
def hierarchy():
    class Base:
        def who(self):
            return "base"
    class Mid(Base):
        pass
    class Leaf(Mid):
        def who(self):
            return "leaf"
    return Base, Mid, Leaf
Base, Mid, Leaf = hierarchy()
print([c.__name__ for c in Leaf.__mro__])
print("subclasses", [c.__name__ for c in Base.__subclasses__()])
del Leaf
print("leaf class", gc.collect())
print("subclasses now", [c.__name__ for c in Base.__subclasses__()])
inst = Mid()
inst.cls = Base
del Base, Mid
print("held by instance", gc.collect())
del inst
print("rest", gc.collect())
def diamond():
    class A:
        pass
    class B(A):
        pass
    class C(A):
        pass
    class D(B, C):
        pass
    return D
d = diamond()
print([c.__name__ for c in d.__mro__])
d.instance = d()
del d
print("diamond with instance", gc.collect())
