import sys
g = sys.getsizeof
print(g(()), g((1,)), g((1, 2)), g(tuple(range(10))), g(tuple([1, 2, 3])))
print(g(range(0)), g(range(10)), g(range(2 ** 70)), g(range(-5, 2 ** 80, 3)))
print(g(slice(1)), g(slice(1, 2, 3)), g(slice(None)))
print(g(iter([])), g(iter(())), g(reversed([])), g(iter(range(3))), g(iter(range(2 ** 70))), g(reversed(range(5))))
print(().__sizeof__(), (1, 2).__sizeof__() if hasattr((), "__sizeof__") else None)
