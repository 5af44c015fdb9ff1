import sys
a = [1, 2, 3]
b = [c * 2 for c in "xyz"]
for p, q in zip(a, b):
    print(p, q, sys.getrefcount(q))
pairs = list(zip(a, b))
print(pairs)
print(list(zip()), list(zip(a)), list(zip(a, [10, 20])))
for t in zip(a, a):
    print(t, sys.getrefcount(t))
z = zip([1, 2], [3], strict=False)
print(list(z))
tests = [([1], []), ([1, 2], [1], [1, 2]), ([1], [1, 2]), ([1], [1], [1, 2, 3])]
for args in tests:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    zip([], x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
print(type(zip()).__name__)
