# Each per-length tuple free list is a stack: freeing a, b, c (3-tuples)
# hands them back as c, b, a.
def main():
    x = 7
    a = (x, x, x)
    b = (x, x, x)
    c = (x, x, x)
    ia, ib, ic = id(a), id(b), id(c)
    del a
    del b
    del c
    p = (x, 1, x)
    q = (x, 2, x)
    r = (x, 3, x)
    return id(p) == ic, id(q) == ib, id(r) == ia

print(*main())
