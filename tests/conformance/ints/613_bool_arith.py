bs = [True, False]
for a in bs:
    for b in bs:
        print(a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a and b, a or b, a == b, a < b, a // 1, a % 2)
print(True + 1, True * 2.5, -True, ~True, ~False, +True, abs(False), True / 2, True ** 2, 2 ** True)
print(True & 3, 3 & True, True | 2, True ^ 1, type(True & True).__name__, type(True & 1).__name__, type(True + True).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float('nan')), bool(''), bool('a'), bool([]), bool(2**70))
print(int(True), float(True), str(True), repr(False), hash(True), hash(False), True.real, True.bit_length(), True.numerator)
print(isinstance(True, int), issubclass(bool, int), True is bool(1), sum([True, True, False]), [1, 2, 3][True])
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(True << 3, True >> 1, divmod(True, 2), round(True), True.__and__(1), True.__and__(True), True.__rxor__(False))
