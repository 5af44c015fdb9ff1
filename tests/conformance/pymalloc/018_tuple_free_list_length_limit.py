# Tuple free lists exist for lengths 1..20, but in 3.11 a tuple is only taken
# from a free list when its length is below 20: a freed 20-tuple is parked on
# its free list and never handed out.  21+ tuples go back to pymalloc, where a
# 20-tuple (200 bytes) and a 21-tuple (208 bytes) share the 208-byte class.
import sys
def main():
    src = list(range(30))
    s19, s20, s21, s22 = src[:19], src[:20], src[:21], src[:22]
    sizes = [sys.getsizeof(tuple(s)) for s in (s19, s20, s21, s22)]
    t = tuple(s19)
    i = id(t)
    del t
    r1 = id(tuple(s19)) == i
    t = tuple(s20)
    i = id(t)
    del t
    r2 = id(tuple(s20)) == i
    t = tuple(s21)
    i = id(t)
    del t
    u = tuple(s20)
    r3 = id(u) == i
    del u
    t = tuple(s21)
    i = id(t)
    del t
    r4 = id(tuple(s22)) == i
    return sizes, (r1, r2, r3, r4)

sizes, res = main()
print(sizes)
print(*res)
