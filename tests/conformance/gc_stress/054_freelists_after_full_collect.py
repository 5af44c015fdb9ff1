import gc
def delta(f):
    gc.collect()
    before = gc.get_count()[0]
    f()
    return gc.get_count()[0] - before
def lists():
    for i in range(5):
        x = []
def dicts():
    for i in range(5):
        x = {}
def tuples():
    for i in range(5):
        x = (i,)
def mixed():
    for i in range(5):
        x = [i, (i, i), {"k": i}]
def kept():
    keep = []
    for i in range(5):
        keep.append((i, i))
    return keep
for f in [lists, dicts, tuples, mixed, kept]:
    print(f.__name__, delta(f))
