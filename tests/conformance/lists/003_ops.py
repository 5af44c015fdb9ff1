a = [1, 2]
b = a + [3]
print(a * 3, b, [0] * 0, 2 in a, 5 not in a)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
nested = [[0] * 2] * 2
nested[0][0] = 5
print(nested)
ok = [[0] * 2 for _ in range(2)]
ok[0][0] = 5
print(ok)
a += [9]
a *= 2
print(a, len(a), sum(a), max(a), min(a))
print(list(reversed(a)), sorted(a, reverse=True), a.index(9, 3))
