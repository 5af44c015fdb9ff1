import gc
import weakref
gc.collect()
log = []
def gen(box):
    try:
        yield 1
    finally:
        log.append("finally")
box = []
g = gen(box)
box.append(g)
next(g)
rg = weakref.ref(g, lambda r: log.append("gen ref callback"))
del g, box
print("collected", gc.collect(), log, rg() is None)
log.clear()
def make():
    def rec():
        return rec
    return rec
f = make()
rf = weakref.ref(f, lambda r: log.append("function callback"))
pf = weakref.proxy(f, lambda p: log.append("proxy callback"))
print("callable proxy", pf() is f, type(pf).__name__)
del f
print("collected", gc.collect(), log)
