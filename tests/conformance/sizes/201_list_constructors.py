import sys
g = sys.getsizeof
for n in range(0, 12):
    t = tuple(range(n))
    l = list(range(n))
    print(n, g(list(t)), g(list(l)), g(list(range(n))), g(sorted(t)), g([0] * n), g(l[:]), g(l.copy()), g(l + []), g(list(x for x in t)), g([x for x in t]))
def gen(n):
    for i in range(n):
        yield i
print([g(list(gen(n))) for n in range(20)])
print([g(list("a" * n)) for n in range(12)])
print([g(list({i: i for i in range(n)})) for n in range(12)])
print([g(list(iter(list(range(n))))) for n in range(12)])
print([g(list(reversed(list(range(n))))) for n in range(12)])
print([g(list(iter(tuple(range(n))))) for n in range(12)])
print([g(list(iter(range(n)))) for n in range(12)])
print([g(list(range(n))[::2]) for n in range(12)])
print([g([1, 2] * n) for n in range(6)])
