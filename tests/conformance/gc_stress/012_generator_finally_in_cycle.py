import gc
gc.collect()
class Holder:
    def __init__(self, name):
        self.name = name
def worker(h, tag):
    try:
        yield 1
        try:
            yield 2
        finally:
            print("inner finally", tag, h.name)
    finally:
        print("outer finally", tag, h.name)
gens = []
for tag in ["x", "y", "z"]:
    h = Holder("holder-" + tag)
    g = worker(h, tag)
    h.gen = g
    gens.append(g)
next(gens[0])
next(gens[1])
next(gens[1])
del h, g
gens.clear()
print("collected", gc.collect())
print("again", gc.collect())
