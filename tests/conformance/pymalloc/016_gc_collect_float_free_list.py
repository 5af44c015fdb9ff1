# gc.collect() also empties the float free list.  Without it, a freed float
# is the next float; with it, the block goes back to pymalloc.
import gc
def main():
    f = 0.25
    a = f * 3.0
    ia = id(a)
    del a
    b = f * 5.0
    r1 = id(b) == ia
    ib = id(b)
    del b
    gc.collect()
    c = f * 7.0
    r2 = id(c) == ib
    d = f * 9.0
    e = f * 11.0
    ie = id(e)
    del e
    g = f * 13.0
    r3 = id(g) == ie
    return r1, r2, r3

print(*main())
