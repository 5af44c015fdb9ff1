# A bytearray subclass instance in a cycle is collected (with __del__ and a weakref); slices assigned from the bytearray itself.
import gc, sys, weakref
class B(bytearray):
    def __del__(self):
        print('del', bytes(self))
gc.collect()
c = B(b'cyc'); c.me = c; r = weakref.ref(c)
del c
print(gc.collect(), r())
b = bytearray(b'abc')
b[1:2] = b'XYZ'
print(b, sys.getsizeof(b))
x = bytearray(b'abcdef')
x[1:5:2] = x[0:2]
print(x)
x[::-1] = x
print(x)
print(bytearray(b'abc').split(b'b', maxsplit=1), bytearray(b'aXbXc').rsplit(bytearray(b'X')))
print([bytearray(b'x')] * 2, bytearray(b'ab').__len__(), bytearray.__len__(bytearray(b'q')))
print(bytearray(b'ab').__iadd__(b'c'), bytearray(b'ab').__imul__(2), bytearray.__setitem__, bytearray.__init__)
print(bytearray(3).__sizeof__(), bytearray().__alloc__(), bytearray(b'abc').__contains__(97))
