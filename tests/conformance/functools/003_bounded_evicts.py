# A bounded cache frees the least recently used result when a new one arrives and the cache is full.
import functools
import sys


class Result:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("freed result", self.n)


@functools.lru_cache(maxsize=2)
def make(n):
    print("make", n)
    return Result(n)


make(1)
make(2)
make(1)          # a hit: 1 is now the most recently used
make(3)          # evicts 2
print(make.cache_info())
x = make(1)
print(sys.getrefcount(x))
make(4)          # evicts 3
make(5)          # evicts 1 (still referenced by x)
print("x still alive", x.n)
del x
print(make.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(n):
    return Result(n)


nocache(7)
print(nocache.cache_info())


@functools.lru_cache
def bare(n):
    return n


bare(1); bare(1)
print(bare.cache_info())
print("end")
