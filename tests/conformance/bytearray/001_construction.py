# bytearray(): empty, a count of zero bytes, bytes and bytearray copies, iterables of ints, str with an encoding.
print(bytearray(), bytearray(0), bytearray(3))
print(bytearray(b'abc'), bytearray(bytearray(b'xy')), bytearray([65, 66, 67]), bytearray((1, 2)))
print(bytearray(range(5)), bytearray(iter([104, 105])), bytearray(x for x in b'gen'))
print(bytearray('héllo', 'utf-8'), bytearray('abc', encoding='ascii'), bytearray(source='é', encoding='latin-1'))
print(bytearray('a€', 'ascii', 'replace'), bytearray('a€', 'ascii', errors='ignore'))
print(bytearray([True, False]), bytearray([1, True]))


class Idx:
    def __index__(self):
        return 4


print(bytearray(Idx()), bytearray([Idx(), 5]))
print(type(bytearray()).__name__, bytearray.__name__, isinstance(bytearray(), bytearray))
for expr in ['bytearray(-1)', 'bytearray("a")', 'bytearray(1, 2)', 'bytearray(b"a", "x")', 'bytearray(3.0)',
             'bytearray([1, "a"])', 'bytearray([300])', 'bytearray([-1])', 'bytearray(errors="x")',
             'bytearray("a", errors="x")', 'bytearray(encoding="x")', 'bytearray(x=1)', 'bytearray(None)',
             'bytearray(1, 2, 3, 4)', 'bytearray(iter([1, 256]))', 'bytearray("a", "utf-8", 5)', 'bytearray("€", "ascii")']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
b = bytearray(b'old contents')
b.__init__(b'new')
print(b)
b.__init__()
print(b)
print(bytes(bytearray(b'xy')), bytes(bytearray()), bytearray(b'xy').decode(), bytearray('ü'.encode()).decode('utf-8'))
print(bytearray(b'\x01\xff').hex(), bytearray(b'\x01\x02\x03').hex(':', 2), bytearray.fromhex('01 ff'), bytearray.fromhex(''))
