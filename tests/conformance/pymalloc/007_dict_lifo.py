# The dict free list is LIFO, like the list one.
def main():
    a = {}
    b = {}
    c = {}
    ia, ib, ic = id(a), id(b), id(c)
    del b
    del a
    del c
    x = {}
    y = {}
    z = {}
    return id(x) == ic, id(y) == ia, id(z) == ib

print(*main())
