# Building and dropping 10**5 two-object cycles, then one full collection: the cyclic GC.
import gc


class Node:
    pass


def build(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a


gc.disable()
gc.collect()
build(10**5)
print(gc.collect())
