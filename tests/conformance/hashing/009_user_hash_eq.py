class P:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return self.x % 3
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __repr__(self):
        return "P(%d)" % self.x
s = {P(1), P(4), P(7), P(1)}
print(len(s), sorted(p.x for p in s))
print(P(4) in s, P(10) in s)
print(hash(P(5)))
class N:
    __hash__ = None
try:
    hash(N())
except TypeError as e:
    print(e)
class Q:
    def __eq__(self, o):
        return True
print(Q.__hash__ is None)
