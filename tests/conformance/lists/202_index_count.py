a = [1, 2, 3, 2, 1, 2, "x", None, 2.0]
print(a.index(2), a.index(2, 2), a.index(2, 4), a.index(2, -4), a.index(1, -100))
print(a.index("x"), a.index(None), a.index(2, 0, 2), a.index(2, 6))
print(a.count(2), a.count(1), a.count("x"), a.count(42), a.count(None))
for args in [(3, 3), (2, 2, 3), (1, 1, -5), ("y",), (2, 9, 100), (2, -1, -2)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.index(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.index(1, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.index(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
print(a.index(1, 2 ** 100), ) if False else print(a.index(1, -2 ** 100))
try:
    a.index(1, 2 ** 100)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.count()
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
b = [nan, 1]
print(b.count(nan), b.index(nan), nan in b, [nan] == [nan])
try:
    [[1]].index([2])
except ValueError as e:
    print(type(e).__name__, e)
