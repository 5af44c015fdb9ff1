class R:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return 'R(' + repr(self.s) + ')'
    def __hash__(self):
        return 7
s = set()
r = R(s)
s.add(r)
print(s)
print(repr({1}), repr(set()), repr(frozenset()), str({'a'}))
print({(1, 2), (3, 4)})
print({True, 1.5, 0})
