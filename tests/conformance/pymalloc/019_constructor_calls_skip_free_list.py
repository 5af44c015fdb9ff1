# [] and {} take objects from the list/dict free lists, but list() and dict()
# allocate through tp_alloc (pymalloc) and leave the free list alone.
def main():
    a = []
    ia = id(a)
    del a
    b = list()
    r1 = id(b) == ia
    c = []
    r2 = id(c) == ia
    d = {}
    id_ = id(d)
    del d
    e = dict()
    r3 = id(e) == id_
    f = {}
    r4 = id(f) == id_
    return r1, r2, r3, r4

print(*main())
