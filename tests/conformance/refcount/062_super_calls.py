import sys
class A:
    def m(self):
        return sys.getrefcount(self)
class B(A):
    def m(self):
        here = sys.getrefcount(self)
        return here, super().m()
b = B()
print(b.m())
print(A.m(b))
class C(A):
    def m(self):
        return super(C, self).m()
c = C()
print(c.m())
print(sys.getrefcount(b), sys.getrefcount(c))
