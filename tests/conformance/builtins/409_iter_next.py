it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
ci = iter(Counter(), 4)
print(type(ci).__name__, list(ci), list(ci))
def gen():
    yield 1
g = gen()
print(next(g), next(g, None))
class Stop:
    def __call__(self):
        raise StopIteration
print(list(iter(Stop(), 0)))
def check(f):
    try:
        print(f())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__ + ":", repr(e))
check(lambda: iter(1, 2))
check(lambda: iter())
check(lambda: next(1))
check(lambda: next(iter([])))
check(lambda: iter(1))
check(lambda: iter([], x=1))
