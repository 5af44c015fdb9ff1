# pymalloc does not care about the type: an instance of another class whose
# allocation falls in the same size class reuses the freed block, one of a
# different size class does not.
class A:
    __slots__ = ('x',)          # 40 bytes -> class 48
class B:
    __slots__ = ('p', 'q')      # 48 bytes -> class 48
class C:
    __slots__ = ('p', 'q', 'r') # 56 bytes -> class 64

def main():
    a = A()
    ia = id(a)
    del a
    b = B()
    r1 = id(b) == ia
    ib = id(b)
    del b
    c = C()
    r2 = id(c) == ib
    a2 = A()
    r3 = id(a2) == ib
    return r1, r2, r3

print(*main())
