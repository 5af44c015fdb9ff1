# pymalloc: a freed block is pushed on the front of its pool's free chain, so the
# next allocation of the same 16-byte size class returns the same address.
# Instances of one __slots__ class (40 bytes -> 48-byte class) show this.
class P:
    __slots__ = ('x',)

def main():
    a = P()
    ia = id(a)
    del a
    b = P()
    r1 = id(b) == ia
    c = P()
    r2 = id(c) == ia
    del b
    d = P()
    r3 = id(d) == ia
    e = P()
    r4 = id(e) == id(c)
    return r1, r2, r3, r4

print(*main())
