import sys
a = []
class C:
    shared = a
    other = a
print(sys.getrefcount(a))
C.third = a
print(sys.getrefcount(a))
obj = C()
print(sys.getrefcount(a), obj.shared is a)
obj.shared = a
print(sys.getrefcount(a))
del obj.shared
print(sys.getrefcount(a), obj.shared is a)
del C.other
print(sys.getrefcount(a))
del C
print(sys.getrefcount(a))
