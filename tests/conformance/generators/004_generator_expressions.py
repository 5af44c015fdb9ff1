g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 3 == 0))
print(max((len(w), w) for w in "a bbb cc".split()))
print(list(x + y for x in "ab" for y in "12"))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), any(x > 4 for x in countdown(5)), all(countdown(3)))
