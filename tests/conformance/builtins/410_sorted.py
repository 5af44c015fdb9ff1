print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len), sorted({3: 1, 1: 2}), sorted((1, -2, 3), key=abs, reverse=True))
data = [(1, "b"), (0, "a"), (1, "a")]
print(sorted(data), sorted(data, key=lambda t: t[1]))
s = [5, 4]
r = sorted(s)
print(r, s, r is s)
def check(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
check(lambda: sorted())
check(lambda: sorted([], None))
check(lambda: sorted([1, "a"]))
check(lambda: sorted(1))
