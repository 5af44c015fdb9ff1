# str has no free list.  A compact ASCII str of n chars takes 49 + n bytes:
# n <= 15 fits the 64-byte class, 16..31 the 80-byte class.
import sys
def main():
    s = "ab"
    sizes = [sys.getsizeof(s * n) for n in (7, 8)]
    a = s * 7          # 14 chars -> 63 bytes
    ia = id(a)
    del a
    b = s * 2          # 4 chars -> 53 bytes, same class
    r1 = id(b) == ia
    ib = id(b)
    del b
    c = s * 8          # 16 chars -> 65 bytes, next class
    r2 = id(c) == ib
    ic = id(c)
    del c
    d = s * 15         # 30 chars -> 79 bytes, same class as c
    r3 = id(d) == ic
    return sizes, (r1, r2, r3)

sizes, res = main()
print(sizes)
print(*res)
