# The cache key: arguments, keyword arguments (order matters), typed=True separating 1 and 1.0.
import functools


@functools.lru_cache(maxsize=None)
def f(*args, **kwds):
    return (args, sorted(kwds.items()))


f(1)
f(1.0)
f(1, 2)
f(a=1, b=2)
f(b=2, a=1)
f((1, 2))
print(f.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def g(x):
    return x


g(1)
g(1.0)
g(True)
print(g.cache_info())
try:
    functools.lru_cache("x")
except TypeError as e:
    print(e)
try:
    f([1])
except TypeError as e:
    print(e)
print(f.cache_info())
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p = functools.partial(max, 5)
print(p(3), p(9))


def deco(func):
    @functools.wraps(func)
    def wrapper(*a):
        return func(*a)
    return wrapper


@deco
def documented():
    "the doc"


print(documented.__name__, documented.__doc__, documented.__wrapped__ is not documented)


class C:
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        return x * 2


c = C()
print(c.m(2), c.m(2), C.m.cache_info())
