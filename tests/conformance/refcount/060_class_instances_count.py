import sys
class Base:
    pass
class Child(Base):
    pass
print(sys.getrefcount(Base), sys.getrefcount(Child))
objs = [Child(), Child(), Base()]
print(sys.getrefcount(Base), sys.getrefcount(Child))
objs.pop()
print(sys.getrefcount(Base), sys.getrefcount(Child))
objs.clear()
print(sys.getrefcount(Base), sys.getrefcount(Child))
x = Child()
print(type(x) is Child, sys.getrefcount(Child))
t = type(x)
print(sys.getrefcount(Child))
