class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('cmp', self.v, other.v)
        return self.v == other.v
    __hash__ = None
a = {1: E(1), 2: E(2)}
b = {2: E(2), 1: E(1)}
print(a == b)
c = {1: E(1), 2: E(3)}
print(a == c, a != c)
print({1: 1} == {1: 1, 2: 2}, {'a': [1]} == {'a': [1]}, {1: float('nan')} == {1: float('nan')})
n = float('nan')
print({1: n} == {1: n})
print({}.keys() == set(), {1: 2}.items() == {(1, 2)})
