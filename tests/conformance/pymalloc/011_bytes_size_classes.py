# bytes have no free list: a bytes object of n bytes needs 33 + n bytes, so
# lengths 2..15 share the 48-byte class, 16..31 the 64-byte class.
import sys
def main():
    x = b"x"
    sizes = [sys.getsizeof(x * n) for n in (2, 15, 16, 31, 32)]
    a = x * 15
    ia = id(a)
    del a
    b = x * 3
    r1 = id(b) == ia
    ib = id(b)
    del b
    c = x * 16
    r2 = id(c) == ib
    ic = id(c)
    del c
    d = x * 31
    r3 = id(d) == ic
    id_ = id(d)
    del d
    e = x * 32
    r4 = id(e) == id_
    return sizes, (r1, r2, r3, r4)

sizes, res = main()
print(sizes)
print(*res)
