# Dataclass instances on the heap: refcounts through the generated methods (the __init__ arguments, __eq__
# tuples, __repr__), cycles between instances collected by gc.collect(), __del__ on a dataclass.
import gc
import sys
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    next: object = None
    peers: list = field(default_factory=list)

    def __del__(self):
        print('del', self.name)


payload = 'payload-' + str(42)
base = sys.getrefcount(payload)
n = Node(payload)
print(sys.getrefcount(payload) - base, sys.getrefcount(n))
print(n == Node(payload), sys.getrefcount(payload) - base)
text = repr(n)
print(text, sys.getrefcount(payload) - base)
del n
print(sys.getrefcount(payload) - base)

gc.collect()
a = Node('a')
b = Node('b', a)
a.next = b
a.peers.append(a)
del a, b
print('collected', gc.collect())


@dataclass(slots=True)
class Link:
    other: object = None


x = Link()
y = Link(x)
x.other = y
print(gc.is_tracked(x), sys.getrefcount(x), sys.getrefcount(y))
del x, y
print('collected', gc.collect())
