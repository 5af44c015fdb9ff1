import gc
import weakref
gc.collect()
class C:
    def __init__(self):
        self.value = 7
c = C()
c.me = c
p = weakref.proxy(c, lambda x: print("proxy callback"))
print("value", p.value, p.me is c)
del c
print("still alive", p.value)
print("collected", gc.collect())
try:
    p.value
except ReferenceError as e:
    print(type(e).__name__, e)
print("bool of dead proxy fails:", end=" ")
try:
    bool(p)
except ReferenceError as e:
    print(type(e).__name__)
