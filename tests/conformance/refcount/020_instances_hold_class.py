import sys
class C:
    pass
print(sys.getrefcount(C))
a = C()
print(sys.getrefcount(C))
b = C()
print(sys.getrefcount(C))
lst = [C() for i in range(3)]
print(sys.getrefcount(C))
del a
print(sys.getrefcount(C))
lst.clear()
print(sys.getrefcount(C))
b = None
print(sys.getrefcount(C))
