s = {1, 2.0, 'three', (4, 5)}
print(1 in s, 1.0 in s, 2 in s, True in s, 'three' in s, (4, 5) in s, 6 in s)
print(frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])}, {2} in {frozenset([1])})
print(s.__contains__(2))
class E:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print('eq', self.v)
        return isinstance(other, E) and self.v == other.v
a = E(1)
b = E(1)
t = {a}
print(b in t)
t.add(b)
print(len(t))
