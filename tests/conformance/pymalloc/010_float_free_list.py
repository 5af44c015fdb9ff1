# floats (24 bytes) go to a float free list when freed.  The next float gets
# the same object; an int of the same 32-byte pymalloc class does not.
def main():
    f = 1.5
    n = 5000
    a = f * 2.0
    ia = id(a)
    del a
    k = n + 1
    r1 = id(k) == ia
    b = f * 3.0
    r2 = id(b) == ia
    c = f + 1.0
    d = f + 2.0
    ic, id_ = id(c), id(d)
    del c
    del d
    e = f - 1.0
    g = f - 2.0
    r3 = id(e) == id_, id(g) == ic
    return r1, r2, r3

print(*main())
