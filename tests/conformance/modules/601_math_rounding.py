import math
vals = [-2.5, -1.5, -0.5, -0.0, 0.0, 0.4, 0.5, 1.5, 2.5, 1e20, -1e20, 1e300, 7, -7, 2**70, True]
for v in vals:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
for v in [math.inf, -math.inf, math.nan, 'x', None, [1]]:
    for f in [math.floor, math.ceil, math.trunc]:
        try:
            print(f(v))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
class Fl:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'
class Fv:
    def __float__(self):
        return 2.7
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.floor(Fv()), math.ceil(Fv()), math.sqrt(Fv()))
try:
    math.trunc(Fv())
except TypeError as e:
    print(type(e).__name__, e)
