# An unbounded cache (maxsize=None, functools.cache) keeps every result alive: the results' refcounts
# include the cache's reference, and __del__ runs only when the cache is cleared.
import functools
import sys


class Result:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("freed result", self.n)


@functools.lru_cache(maxsize=None)
def make(n):
    return Result(n)


@functools.cache
def make2(n):
    return Result(100 + n)


r = make(1)
print(sys.getrefcount(r))
for i in range(5):
    make(i)
print(make.cache_info())
print(make(1) is r)
del r
print("after del r")
make.cache_clear()
print("after cache_clear", make.cache_info())
make2(1)
make2(2)
print(make2.cache_info())
make2.cache_clear()
print("end")
