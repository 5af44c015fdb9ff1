import sys
lst = [str(i) * 3 for i in range(3)]
for i, x in enumerate(lst):
    print(i, x, sys.getrefcount(x))
for t in enumerate(lst, 10):
    print(t, sys.getrefcount(t))
e = enumerate(lst, start=5)
print(next(e), next(e))
saved = []
for t in enumerate("xy"):
    saved.append(t)
print(saved, saved[0] is saved[1])
print(type(enumerate([])).__name__, list(enumerate(range(3), -2)))
for bad in [lambda: enumerate(), lambda: enumerate(1), lambda: enumerate([], "a"), lambda: enumerate([], x=1), lambda: enumerate([], 1, 2)]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
print(list(enumerate([7, 8], 2**70)))
