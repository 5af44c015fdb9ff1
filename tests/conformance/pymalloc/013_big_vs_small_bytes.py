# Requests of at most 512 bytes are served by pymalloc; bigger ones go to the
# system malloc.  bytes of n bytes need 33 + n: n = 479 is the last pymalloc
# size (class 512).  A small object never reuses the address of a big one.
import sys
def main():
    x = b"y"
    sizes = [sys.getsizeof(x * 479), sys.getsizeof(x * 480)]
    a = x * 479        # 512 bytes, pymalloc class 512
    ia = id(a)
    del a
    b = x * 470        # 503 bytes, class 512
    r1 = id(b) == ia
    ib = id(b)
    del b
    big = x * 1000     # 1033 bytes, system malloc
    r2 = id(big) == ib
    ig = id(big)
    del big
    small = x * 20
    r3 = id(small) == ig
    c = x * 400        # 433 bytes -> class 448
    r4 = id(c) == ib
    return sizes, (r1, r2, r3, r4)

sizes, res = main()
print(sizes)
print(*res)
