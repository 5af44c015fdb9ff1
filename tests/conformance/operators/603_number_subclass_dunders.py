class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return 'V.add(%r)' % (o,)
    def __radd__(self, o):
        return 'V.radd(%r)' % (o,)
    def __rsub__(self, o):
        return 'V.rsub(%r)' % (o,)
    def __rpow__(self, o):
        return 'V.rpow(%r)' % (o,)
    def __eq__(self, o):
        return 'V.eq'
    def __lt__(self, o):
        return 'V.lt'
    def __gt__(self, o):
        return 'V.gt'
    def __index__(self):
        return self.v
v = V(3)
print(1 + v, v + 1, 1.5 + v, 2 - v, 2.5 - v, 2 ** v, True + v)
print(1 == v, 1.5 == v, 1 < v, 2.5 > v)
print([0, 1, 2, 3, 4][v], (10).__add__(v), (10).__radd__(v), bin(v), 10 << v if False else 'skip')
try:
    print(1 << v)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__add__(5, 6), float.__add__(1.5, 2), int.__lt__(1, 2.5), float.__mul__(2.0, 3), int.__pow__(2, 10, 1000))
