class H:
    def __init__(self, v, h):
        self.v = v
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __repr__(self):
        return 'H%d' % self.v
s = {H(i, 5) for i in range(6)}
print(s)
s = set()
for i in range(12):
    s.add(H(i, i % 3))
print(s)
s.discard(H(3, 0))
s.add(H(99, 0))
print(s)
d = {H(i, 1): i for i in range(5)}
print(d)
print({-1: 'a', -2: 'b'}, {-1, -2}, hash(-1), hash(-2))
