print(list(map(abs, [-1, 2, -3])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 3])))
m = map(str, [1, 2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(None, [1])
print(type(f).__name__, list(f))
for bad in [lambda: map(abs), lambda: map(abs, [], x=1), lambda: filter(None), lambda: filter(None, [], x=1), lambda: map(abs, 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def boom(x):
    if x == 2:
        raise ValueError("two")
    return x
try:
    print(list(map(boom, [1, 2, 3])))
except ValueError as e:
    print("ValueError:", e)
