# Tuples of length 1..19 are kept on one free list per length.  A freed
# 2-tuple comes back only as a 2-tuple, not as a 3-tuple, although both
# are 64-byte pymalloc blocks.
def main():
    x = 1
    t2 = (x, x)
    i2 = id(t2)
    del t2
    t3 = (x, x, x)
    r1 = id(t3) == i2
    u2 = (x, 2)
    r2 = id(u2) == i2
    i3 = id(t3)
    del t3
    t1 = (x,)
    r3 = id(t1) == i3
    u3 = (3, x, x)
    r4 = id(u3) == i3
    return r1, r2, r3, r4

print(*main())
