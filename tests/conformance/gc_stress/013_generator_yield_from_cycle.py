import gc
gc.collect()
log = []
def inner(box):
    try:
        yield "i1"
        yield "i2"
    finally:
        log.append("inner finally")
def outer(box):
    try:
        yield "o1"
        yield from inner(box)
    finally:
        log.append("outer finally")
box = []
g = outer(box)
box.append(g)
print(next(g), next(g))
del g, box
print("collected", gc.collect())
print(log)
box = []
g = outer(box)
box.append(g)
box.append(box)
print(next(g))
del g, box
print("collected", gc.collect())
print(log)
