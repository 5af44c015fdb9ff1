class Evil:
    def __init__(self, target, n):
        self.target = target
        self.n = n
    def __eq__(self, other):
        if self.target:
            self.target.clear()
        return False
    __hash__ = None
a = [1, 2, 3]
b = [Evil(a, 0), 2, 3]
print(a == b, a, len(b))
c = [1, 2, 3]
print(Evil(c, 0) in c, c)
d = [1, 2, 3]
try:
    d.index(Evil(d, 0))
except ValueError as e:
    print(type(e).__name__)
print(d)
e = [1, 2, 3]
print(e.count(Evil(e, 0)), e)
f = [1, 2, 3]
try:
    f.remove(Evil(f, 0))
except ValueError as ex:
    print(type(ex).__name__, ex)
print(f)
class Grow:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        self.target.append(len(self.target))
        return "G"
g = []
g.append(Grow(g))
g.append(Grow(g))
s = repr(g)
print(s, len(g))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return True
    __hash__ = None
print([Cmp(1)] == [2], [2] == [Cmp(1)], Cmp(1) in [5], [5].index(Cmp(0)), [1, 2, 3].count(Cmp(0)))
class Never:
    def __eq__(self, other):
        return False
    __hash__ = None
n = Never()
print(n in [n], [n] == [n], [n].count(n), [n].index(n), (n,) == (n,))
