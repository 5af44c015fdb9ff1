# Reference cycles and the cyclic garbage collector, as CPython 3.11 runs them.
import gc
import weakref

gc.collect()                      # start from a clean slate


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  __del__", self.name)


# Two nodes that point at each other: refcounting alone can never free them.
a, b = Node("a"), Node("b")
a.other, b.other = b, a
probe = weakref.ref(a, lambda r: print("  weakref callback: a is gone"))
print("tracked:", gc.is_tracked(a), "| count before:", gc.get_count())
del a, b
print("after del, a is still alive:", probe() is not None)

# The collector finds the unreachable pair, runs __del__ once (PEP 442), then frees them.
print("collected:", gc.collect())
print("a alive now:", probe() is not None, "| garbage:", gc.garbage)

# Tracking rules: atoms are never tracked; dicts only once a container enters; tuples of atoms are
# untracked by the next collection that sees them.
d = {"x": 1}
t = (1, 2, 3)
print("dict of atoms tracked:", gc.is_tracked(d), "| tuple tracked:", gc.is_tracked(t))
d["y"] = []
gc.collect()
print("dict with a list tracked:", gc.is_tracked(d), "| tuple tracked:", gc.is_tracked(t))
