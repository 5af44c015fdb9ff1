# Overridden dunders of int/float/tuple/set/frozenset/bytes subclasses are honoured by the operators and
# builtins (iteration, unpacking, len, in, ==, hash, <, +, str/format), and super() reaches the base's slots.
class Rev(tuple):
    def __iter__(self):
        return iter(tuple.__getitem__(self, slice(None, None, -1)))
    def __len__(self):
        return 99
    def __getitem__(self, i):
        return "item"
r = Rev((1, 2, 3))
a, b, c = r
print(a, b, c, list(r), tuple(r), len(r), r[0], [*r], sorted(r), 2 in r, max(r))
class CaseTuple(tuple):
    def __eq__(self, other):
        return tuple(str(x).lower() for x in self) == tuple(str(x).lower() for x in other)
    def __hash__(self):
        return hash(tuple(str(x).lower() for x in self))
k = CaseTuple(("A", "b"))
print(k == ("a", "B"), {k: 1}.get(CaseTuple(("a", "B"))), k != ("a", "b"), hash(k) == hash(("a", "b")))
class Loud(set):
    def add(self, x):
        print("add", x)
        super().add(x)
    def __or__(self, other):
        print("or")
        return Loud(super().__or__(other))
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)
s = Loud()
s.add(3)
u = s | {4}
print(sorted(u), type(u).__name__, 3 in s, s.__len__(), set.__repr__(s))
class Approx(float):
    def __eq__(self, other):
        return abs(self - other) < 0.01
    __hash__ = float.__hash__
    def __format__(self, spec):
        return "~" + float.__format__(self, spec)
x = Approx(1.0)
print(x == 1.005, x == 1.1, f"{x:.2f}", format(x, ".1f"), hash(x) == hash(1.0), x < 2)
class Wrap(int):
    def __lt__(self, other):
        return int(self) > int(other)
    def __index__(self):
        return 0
print(sorted([Wrap(1), Wrap(3), Wrap(2)]), [10, 20, 30][Wrap(2)], hex(Wrap(255)), Wrap(5) < Wrap(1))
class Magic(int):
    def __radd__(self, other):
        return "radd"
    def __mul__(self, other):
        return "mul"
print(1 + Magic(2), Magic(2) + 1, Magic(2) * 3, 3 * Magic(2), sum([Magic(1)], 0))
class FZ(frozenset):
    def __repr__(self):
        return "FZ{" + ",".join(map(str, sorted(self))) + "}"
    def __and__(self, other):
        return FZ(frozenset.__and__(self, other))
f = FZ({3, 1, 2}) & {2, 3, 9}
print(f, [f], str(f), type(f).__name__, FZ().issubset(f))
class Up(bytes):
    def __str__(self):
        return self.decode().upper()
    def __len__(self):
        return -0 + 7
print(str(Up(b"abc")), len(Up(b"abc")), Up(b"abc") + b"d", f"{Up(b'zz')}")
