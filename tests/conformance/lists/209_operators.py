a = [1, 2]
b = [3]
print(a + b, a * 3, 3 * a, a * 0, a * -1, [] * 5, b * True)
c = a
c += b
print(a, c is a)
c *= 2
print(a, c is a)
c *= 1
print(a)
c *= 0
print(a, c is a)
exprs = [
    ("[1] + (1,)", lambda: [1] + (1,)),
    ("[1] + 1", lambda: [1] + 1),
    ("[1] * 1.5", lambda: [1] * 1.5),
    ("[1] * [2]", lambda: [1] * [2]),
    ("'a' * [1]", lambda: 'a' * [1]),
    ("[1] - [1]", lambda: [1] - [1]),
    ("[1] * 2 ** 70", lambda: [1] * 2 ** 70),
    ("[1] * -2 ** 70", lambda: [1] * -2 ** 70),
    ("-[1]", lambda: -[1]),
]
for text, fn in exprs:
    try:
        fn()
    except Exception as e:
        print(text, "->", type(e).__name__, e)
x = [1, 2]
try:
    x *= 1.5
except TypeError as e:
    print(type(e).__name__, e)
n = 3
n *= [7]
print(n)
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [], [1] >= [1, 0])
print([1, [2, 3]] == [1, [2, 3]], [[1]] < [[1, 0]])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < 1
except TypeError as e:
    print(type(e).__name__, e)
print([1] == 1, [1] != (1,))
nan = float("nan")
print([nan] == [nan], [nan] < [nan], [nan, 1] < [nan, 2])
print(2 in [1, 2], 5 in [1, 2], 5 not in [1, 2], [1] in [[1]], "a" in ["a"])
print(len([]), len([None] * 7), bool([]), bool([0]))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
