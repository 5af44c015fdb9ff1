import sys

# Reference counts as CPython 3.11 reports them (getrefcount adds one for its own argument).
a = []
print("a = []                ->", sys.getrefcount(a))
b = a
print("b = a                 ->", sys.getrefcount(a))
c = [a, a]
print("c = [a, a]            ->", sys.getrefcount(a))
del c
print("del c                 ->", sys.getrefcount(a))


def f(p):
    # The caller's stack reference moved into this frame: global + parameter + argument.
    return sys.getrefcount(p)


print("inside f(a)           ->", f(a))
print("f([]) (a temporary)   ->", f([]))


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


n = Node("first")
print("instance count        ->", sys.getrefcount(n))
print("rebinding n frees the first node as soon as the count reaches zero:")
n = Node("second")
print("sizes: list", sys.getsizeof([]), "tuple", sys.getsizeof(()), "dict", sys.getsizeof({}), "int", sys.getsizeof(1))
