import gc
gc.collect()
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
box = []
g = gen(box)
box.append(g)
print("first", next(g))
del g, box
print("collected", gc.collect())
