# A full gc.collect() empties the object free lists.  Right after it, a
# freed list is the only entry of the list free list and comes straight
# back; once the free list is empty again, a new list comes from pymalloc.
# A list freed just before a collection is released to pymalloc and a new
# list may or may not land on that block.
import gc
def main():
    gc.collect()
    a = []
    b = []
    ia, ib = id(a), id(b)
    del a
    del b
    c = []
    d = []
    e = []
    r1 = id(c) == ib, id(d) == ia
    r2 = id(e) == ia or id(e) == ib
    ie = id(e)
    del e
    gc.collect()
    f = []
    r3 = id(f) == ie
    return r1, r2, r3

r1, r2, r3 = main()
print(r1)
print(r2, r3)
