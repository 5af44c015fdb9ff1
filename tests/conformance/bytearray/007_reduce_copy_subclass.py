# __reduce__/__reduce_ex__ (latin-1 str below protocol 3, bytes from 3), copy and deepcopy, subclasses with __init__.
import copy
import sys

b = bytearray(b'abc\xff')
print(b.__reduce__(), b.__reduce_ex__(2), b.__reduce_ex__(3), b.__reduce_ex__(4), bytearray().__reduce_ex__(4))
c = copy.copy(b)
print(c, c is b, type(c).__name__, sys.getsizeof(c))
d = copy.deepcopy([b, b])
print(d, d[0] is d[1], d[0] is b)


class B(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.n = len(self)


x = B(b'hey')
print(x, x.n, x.__reduce_ex__(4), bytearray.__new__(B), B.__mro__)
y = copy.copy(x)
print(y, type(y).__name__, y.n, y == x, y is x)
print(bytearray.__new__(bytearray, b'ignored'))
print(ord(bytearray(b'A')), sum([1, 2], 0))
for expr in ['bytearray.__new__(int)', 'b.__reduce_ex__("a")', 'sum([], bytearray())', 'ord(bytearray(b"ab"))']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
