a = [1, [2, [3, [4]]], "s", None, 1.5, (1,), {"k": [1]}]
print(a)
print(repr(a) == str(a), len(a[1]))
b = [1]
b.append(b)
print(b)
print([[], [[]], [()]])
print(list(), list("ab"), list((1, 2)), list({"x": 1}), list(range(3)))
