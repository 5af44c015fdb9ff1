import gc
import weakref
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.b = b
b.a = a
fa = weakref.finalize(a, print, "finalize a")
fb = weakref.finalize(b, print, "finalize b")
del a, b
print("before collect", fa.alive, fb.alive)
gc.collect()
print("after collect", fa.alive, fb.alive)
