print(2 + 3 * 4 ** 2, (2 + 3) * 4, -3 ** 2, (-3) ** 2, 2 ** 3 ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(1 + 2 == 3 and not 4 < 3, 1 | 2 ^ 3 & 4, 5 & 3 << 1, not 1 == 2)
print(True + True, True * 10, False - 1, 3 * "ab", [0] * 3 + [1])
print(7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2)
x = 5
y = x if x > 3 else -x
z = "big" if x > 100 else "mid" if x > 3 else "small"
print(y, z)
print((1, 2) + (3,), [*range(3), *"ab"], {**{"a": 1}}, (*[1, 2],))
