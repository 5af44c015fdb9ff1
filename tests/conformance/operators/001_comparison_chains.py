x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 < 3, 0 <= x <= 5)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(v(3) < v(2) < v(5))
print([1] == [1] != [2], "a" < "b" < "c", None is None is not False)
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[1]])
