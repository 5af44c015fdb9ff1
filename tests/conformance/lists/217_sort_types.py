print(sorted(["pear", "Apple", "fig", "apple", "Fig", ""]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), ()]))
print(sorted([[3, 1], [2], [3], [], [2, 0]]))
print(sorted([1.5, -2, 3, 0.25, True, False]))
print(sorted([2 ** 64, -2 ** 64, 2 ** 30, -(2 ** 30), 7]))
print(sorted(["b", "a", "c"], key=lambda s: -ord(s)))
print(sorted([(1, 2), (1, 1), (0, 5)], key=lambda t: t[1], reverse=True))
print(sorted("hello world"), sorted(range(5), reverse=True), sorted({3: 1, 1: 2}), sorted((3, 2, 1)))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True))
for bad in [[1, None], ["a", 1], [(1, "a"), (1, 2)], [[1], (1,)], [{}, {}]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V%d" % self.v
print(sorted([V(3), V(1), V(2)]), sorted([V(3), V(1), V(2)], reverse=True))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
nan = float("nan")
print(sorted([3, nan, 1]) == sorted([3, nan, 1]), len(sorted([nan, nan])))
