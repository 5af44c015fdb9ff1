s = slice(5)
print(s, s.start, s.stop, s.step)
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(None), slice(None, None, None), slice("a", [1], (2,)))
print(slice(1, 10).indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(5), slice(2, 100, 3).indices(10))
print(slice(-100, 100, -2).indices(7), slice(None).indices(0), slice(5, 1, -1).indices(3), slice(2 ** 70).indices(5))
print(slice(-2 ** 70, 2 ** 70, 2 ** 70).indices(10), slice(1, 2).indices(2 ** 80))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(2) > slice(1))
s2 = slice(1)
print(s2 == s2, s2 <= s2, s2 < s2, slice(1) == 1, slice(1) != (None, 1, None))
errs = [
    ("hash(slice(1))", lambda: hash(slice(1))),
    ("slice()", lambda: slice()),
    ("slice(1, 2, 3, 4)", lambda: slice(1, 2, 3, 4)),
    ("slice(stop=1)", lambda: slice(stop=1)),
    ("indices(-1)", lambda: slice(1, 2).indices(-1)),
    ("indices('a')", lambda: slice(1, 2).indices("a")),
    ("bad start", lambda: slice("a").indices(3)),
    ("zero step", lambda: slice(1, 2, 0).indices(5)),
    ("indices()", lambda: slice(1).indices()),
    ("slice < int", lambda: slice(1) < 1),
    ("slice(1, 'x') < slice(1, 2)", lambda: slice(1, "x") < slice(1, 2)),
]
for text, fn in errs:
    try:
        print(text, fn())
    except Exception as e:
        print(text, "->", type(e).__name__, e)
try:
    s.start = 3
except AttributeError as e:
    print(type(e).__name__, e)
a = list(range(10))
print(a[slice(2, 8, 2)], "abcdef"[slice(1, 4)], (1, 2, 3)[slice(None, None, -1)], range(10)[slice(1, 8, 3)])
class I:
    def __index__(self):
        return 2
print(a[I():6], slice(I(), None).indices(5), a[slice(I())])
print(type(slice(1)).__name__, isinstance(s, slice))
