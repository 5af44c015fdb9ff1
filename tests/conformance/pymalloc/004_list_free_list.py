# list objects are kept on a free list (up to 80) instead of going back to
# pymalloc: a new list reuses the freed one, while a 2-tuple (same 64-byte
# pymalloc class) does not get it.
def main():
    x = 1
    a = [x, x]
    ia = id(a)
    del a
    t = (x, x)
    r1 = id(t) == ia
    b = []
    r2 = id(b) == ia
    del b
    c = [x, x, x, x, x, x, x, x, x, x]
    r3 = id(c) == ia
    d = {}
    r4 = id(d) == ia
    return r1, r2, r3, r4

print(*main())
