import gc
gc.collect()
class Box:
    pass
def producer(box):
    try:
        yield 1
    finally:
        junk = Box()
        junk.me = junk
        del junk
        print("finally made a cycle, nested collect", gc.collect())
box = Box()
g = producer(box)
box.g = g
next(g)
del g, box
print("first", gc.collect())
print("second", gc.collect())
g = producer(None)
next(g)
del g
print("refcount close, then", gc.collect())
g = producer(None)
next(g)
g.close()
print("explicit close, then", gc.collect())
