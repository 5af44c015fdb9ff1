class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
a = list(range(10))
print(a[Idx(2):Idx(7):Idx(2)], a[Idx(-3):], a[:Idx(-8)], (0, 1, 2, 3)[Idx(1):Idx(3)], range(20)[Idx(5):Idx(10)])
a[Idx(1):Idx(3)] = ["x"]
print(a)
del a[Idx(0):Idx(8):Idx(3)]
print(a)
print(a[Idx(0)], a[Idx(-1)], (5, 6)[Idx(1)], range(5)[Idx(-2)])
s = slice(Idx(1), Idx(5), Idx(2))
print(s.indices(10), a[s])
huge = 2 ** 100
print(a[-huge:huge], a[huge:], a[::huge], a[::-huge], a[huge::-1], a[-huge::-1])
b = [1, 2, 3]
b[huge:] = [4]
print(b)
b[:-huge] = [0]
print(b)
del b[huge:]
print(b)
try:
    a[Idx(1.5) if False else "x":]
except TypeError as e:
    print(type(e).__name__, e)
class NotIdx:
    pass
try:
    a[NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[NotIdx():]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::Idx(0)]
except ValueError as e:
    print(type(e).__name__, e)
