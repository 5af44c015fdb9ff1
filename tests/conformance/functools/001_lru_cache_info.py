# lru_cache counts hits and misses; currsize is the number of cached results; maxsize evicts the least
# recently used entry.
import functools


@functools.lru_cache(maxsize=3)
def square(n):
    print("computing", n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 1]:
    print(n, square(n))
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info == (2, 5, 3, 3), tuple(info), info[1], len(info))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)
square.cache_clear()
print(square.cache_info())
print(square.cache_parameters())
print(square.__name__, square.__wrapped__.__name__, square.__doc__)
