import sys
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return False
class N:
    def __enter__(self):
        return 42
    def __exit__(self, t, v, tb):
        return False
m = M()
print(sys.getrefcount(m))
with m:
    print("with", sys.getrefcount(m))
with m as x:
    print("with as", sys.getrefcount(m))
print(sys.getrefcount(m))
del x
print(sys.getrefcount(m))
n = N()
with n as y:
    print("N with as", sys.getrefcount(n), y)
