# bytearray is not GC-tracked; refcounts as CPython moves them; the object and its buffer are freed and reused.
import gc
import sys

e = bytearray(b'xyz')
print(gc.is_tracked(e), gc.is_tracked(bytearray()), sys.getrefcount(e))
l = [e, e]
print(sys.getrefcount(e))
it = iter(e)
print(sys.getrefcount(e), gc.is_tracked(it), sys.getsizeof(it))
for _ in it:
    pass
print(sys.getrefcount(e))
del l
e2 = e
e2 += b'!'
print(sys.getrefcount(e), e2 is e)
e3 = e * 1
print(e3 is e, sys.getrefcount(e3))
i = id(e3)
del e3
f = bytearray(b'new')
print(id(f) == i)
before = gc.get_count()[0]
g = [bytearray(10) for _ in range(5)]
print(gc.get_count()[0] - before)
print(gc.collect() >= 0)


class B(bytearray):
    pass


c = B(b'ab')
print(c, sys.getsizeof(c), gc.is_tracked(c), B.__basicsize__, type(c + b'x').__name__, type(c.upper()).__name__)
c.attr = 1
print(c.__dict__, len(c), c == b'ab', B.fromhex('41'), type(B.fromhex('41')).__name__)
c.append(67)
print(c, sys.getsizeof(c), c[1:])
import weakref
r = weakref.ref(c)
print(r() is c)
del c
print(r())
