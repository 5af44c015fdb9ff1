import sys
class C:
    def m(self):
        return 1
obj = C()
print(sys.getrefcount(obj))
m = obj.m
print(sys.getrefcount(obj))
print(m.__self__ is obj)
m2 = obj.m
print(sys.getrefcount(obj), m is m2, m == m2)
del m
print(sys.getrefcount(obj))
lst = [obj.m, obj.m]
print(sys.getrefcount(obj))
lst.clear()
print(sys.getrefcount(obj))
