# ints have no free list in 3.11: a freed int goes back to pymalloc.  One or
# two 30-bit digits report 28/32 bytes (class 32).  But `x << k` allocates
# room for one digit more than it keeps, so base << 40 (2 digits, getsizeof
# 32) sits in a 36-byte block of class 48, shared with short bytes objects.
import sys
def main():
    base = 1000
    z = b"z"
    sizes = [sys.getsizeof(base << k) for k in (0, 30, 40, 60, 90)]
    a = base << 40
    ia = id(a)
    del a
    b = base + 7           # 1 digit, 28 bytes, class 32
    r1 = id(b) == ia
    e = z * 10             # 43 bytes, class 48
    r2 = id(e) == ia
    f = base + 9
    i_f = id(f)
    del f
    g = base * base        # 2-digit block, class 32
    r3 = id(g) == i_f
    return sizes, (r1, r2, r3)

sizes, res = main()
print(sizes)
print(*res)
