# Without a collection a freed list is reused by the next list (free list).
# A full gc.collect() in between releases the free list to pymalloc; count
# how often the next list still lands on the same address.
import gc
def trial(collect):
    a = [1, 2]
    ia = id(a)
    del a
    if collect:
        gc.collect()
    b = [3, 4]
    return id(b) == ia

def main():
    plain = [trial(False) for i in range(5)]
    collected = [trial(True) for i in range(5)]
    return plain.count(True), collected.count(True)

print(*main())
