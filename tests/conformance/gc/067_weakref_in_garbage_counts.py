import gc
import weakref
gc.collect()
class C:
    pass
calls = []
def build():
    a = C()
    a.me = a
    a.ref = weakref.ref(a, lambda r: calls.append("inner"))
build()
print("collected", gc.collect(), "callback ran", calls)
b = C()
b.me = b
outer = weakref.ref(b, lambda r: calls.append("outer"))
del b
print("collected", gc.collect(), "callback ran", calls)
print("dead", outer() is None)
