import sys
class A:
    pass
print(sys.getrefcount(A))
class B(A):
    pass
print(sys.getrefcount(A), sys.getrefcount(B))
class C(A):
    pass
print(sys.getrefcount(A))
class D(B, C):
    pass
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(C), sys.getrefcount(D))
d = D()
print(sys.getrefcount(D), sys.getrefcount(A))
