for s in ['1', '  1.5  ', '-2.5e3', '+.5', '5.', '1_000.5', '1e500', '-1e500', 'inf', '-Infinity', 'nan', '-NaN', 'INF', '1e-400', '0x10', '1__0', '_1', '', ' ', 'abc', '1.2.3', '١٢٣', '\t3.25\n', '1e', 'e5', '.', '-.e1', '1_e5', 'infinit']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(5), float(-5), float(2**53 + 1), float(2**63), float(10**308), float(True), float(2.5))
for x in [10**309, 2**1024, -2**1024, [], None, {}]:
    try:
        print(float(x))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __float__(self):
        return 2.5
class B:
    def __index__(self):
        return 7
class C:
    def __float__(self):
        return 1
for o in [A(), B(), C()]:
    try:
        print(type(o).__name__, float(o))
    except TypeError as e:
        print(type(o).__name__, type(e).__name__, e)
try:
    float('1', '2')
except TypeError as e:
    print(type(e).__name__, e)
import math
print(math.copysign(1.0, float('nan')), math.copysign(1.0, float('-nan')), math.copysign(1.0, -float('nan')))
