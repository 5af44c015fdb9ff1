# pymalloc's per-pool free chain is LIFO: free a, b, c instances and the next
# three instances of a same-size class come back as c, b, a.
class Node:
    __slots__ = ('v', 'w')

class Other:
    __slots__ = ('k',)

def main():
    a = Node()
    b = Node()
    c = Node()
    ia, ib, ic = id(a), id(b), id(c)
    del a
    del b
    del c
    x = Node()
    y = Other()
    z = Node()
    return id(x) == ic, id(y) == ib, id(z) == ia

print(*main())
