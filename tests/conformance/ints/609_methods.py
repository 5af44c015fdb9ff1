for x in [0, 1, -1, 7, -8, 255, 256, 2**31, 2**63 - 1, -2**63, 2**63, 2**100 - 1, -2**100]:
    print(x, x.bit_length(), x.bit_count(), x.conjugate(), x.real, x.imag, x.numerator, x.denominator, x.as_integer_ratio())
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (-5).__abs__(), (5).__neg__(), (5).__pos__(), (5).__invert__())
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3), (5).__mul__(3), (5).__floordiv__(3), (5).__rfloordiv__(17))
print((5).__mod__(3), (5).__rmod__(17), (5).__pow__(3), (5).__pow__(3, 7), (5).__rpow__(2), (5).__truediv__(2), (5).__divmod__(3), (5).__rdivmod__(17))
print((5).__add__(2.0), (5).__lt__(6), (5).__eq__(5.0), (5).__eq__('5'), (6).__and__(3), (6).__ror__(3), (6).__lshift__(2), (6).__rrshift__(100))
print((5).__bool__(), (0).__bool__(), (5).__int__(), (5).__float__(), (5).__index__(), (5).__hash__(), (5).__repr__())
print(int.__add__(2, 3), int.bit_length(1024), int.__eq__(1, True))
for x, n in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (5, -1), (15, -1), (25, -1), (-25, -1), (12345, 2), (12345, 0), (999, -3), (500, -3), (1500, -3), (2**70, -5), (2**70, -30), (7, -100)]:
    print(x, n, round(x, n), x.__round__(n))
print(round(7), round(-7), type(round(7)).__name__, round(7, None))
for args in [(5, 1.5), (5, 'a')]:
    try:
        print(round(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(5, 'is_integer'), hasattr(5.0, 'is_integer'))
