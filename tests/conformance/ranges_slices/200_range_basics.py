r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(5, 0, -1), range(-3), range(0), range(1, 2, 1))
print(list(r), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(-3)), list(range(10, 0, -3)))
print(len(r), len(range(2, 5)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(5, 10, -1)), len(range(-10, 10, 7)))
print(r.start, r.stop, r.step, range(1, 9, 2).step, range(True).stop, type(range(True).stop).__name__)
print(bool(range(0)), bool(range(1)), bool(range(5, 5)), bool(range(2 ** 80)))
print(r[0], r[-1], r[5], range(3, 30, 4)[2], range(10, 0, -2)[-1], range(2 ** 70)[2 ** 69])
print(r[2:5], r[::2], r[::-1], r[1:-1:3], range(0, 20, 3)[::-2], r[100:], r[5:2], range(3, 30, 4)[1:3])
print(list(r[::-3]), list(range(0, 20, 3)[2:100:2]))
for idx in [10, -11, 2 ** 70]:
    try:
        r[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    r["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__, e)
ctor = [
    ("range()", lambda: range()),
    ("range(1, 2, 3, 4)", lambda: range(1, 2, 3, 4)),
    ("range(1, 2, 0)", lambda: range(1, 2, 0)),
    ("range(1.5)", lambda: range(1.5)),
    ("range('a')", lambda: range("a")),
    ("range(1, 'a')", lambda: range(1, "a")),
    ("range(1, 2, 'a')", lambda: range(1, 2, "a")),
    ("range(None)", lambda: range(None)),
    ("range(stop=3)", lambda: range(stop=3)),
    ("len(range(2 ** 63))", lambda: len(range(2 ** 63))),
    ("len(range(-2 ** 64, 2 ** 64))", lambda: len(range(-2 ** 64, 2 ** 64))),
]
for text, fn in ctor:
    try:
        print(text, fn())
    except Exception as e:
        print(text, "->", type(e).__name__, e)
try:
    r.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), r[I()], I() in r)
print(len(range(2 ** 62)), range(2 ** 63 - 1)[-1])
