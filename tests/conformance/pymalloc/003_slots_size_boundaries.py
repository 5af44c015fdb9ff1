# Size classes are multiples of 16 bytes.  Each __slots__ entry adds 8 bytes,
# so pairs of classes share a size class: 1/2 slots -> 48, 3/4 -> 64, 5/6 -> 80.
import sys
class S1: __slots__ = ('a',)
class S2: __slots__ = ('a', 'b')
class S3: __slots__ = ('a', 'b', 'c')
class S4: __slots__ = ('a', 'b', 'c', 'd')
class S5: __slots__ = ('a', 'b', 'c', 'd', 'e')
class S6: __slots__ = ('a', 'b', 'c', 'd', 'e', 'f')

def reuses(first, second):
    x = first()
    ix = id(x)
    del x
    y = second()
    return id(y) == ix

def main():
    classes = [S1, S2, S3, S4, S5, S6]
    sizes = [sys.getsizeof(k()) for k in classes]
    pairs = []
    for i in range(5):
        pairs.append(reuses(classes[i], classes[i + 1]))
    return sizes, pairs

sizes, pairs = main()
print(sizes)
print(pairs)
