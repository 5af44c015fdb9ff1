a = [5, 3, 9, 1, 5, 7, 2, 8, 0, -4]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a"), (2, "c")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
floats = [3.5, -1.0, 2.25, 0.0, 1e10, -1e-3]
floats.sort()
print(floats)
mixed = [3, 1.5, True, 2, 0.5, False]
mixed.sort()
print(mixed)
big = [2 ** 70, -2 ** 65, 3, 2 ** 64, -1]
big.sort()
print(big)
e = []
e.sort()
print(e)
one = [1]
one.sort(reverse=True)
print(one)
print(sorted is None, a.sort())
r = list(range(200))
r.reverse()
r.sort()
print(r == list(range(200)))
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(foo=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(reverse=1.5)
except TypeError as e:
    print(type(e).__name__, e)
x = [3, 1, 2]
x.sort(key=None, reverse=0)
print(x)
x.sort(reverse=5)
print(x)
