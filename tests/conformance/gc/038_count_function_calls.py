import gc
gc.collect()
def plain(a, b):
    return a + b
def measure():
    gc.collect()
    base = gc.get_count()
    for i in range(20):
        plain(i, 1)
    c1 = gc.get_count()
    total = 0
    for i in range(20):
        total += len([i])
    c2 = gc.get_count()
    squares = [i * i for i in range(5)]
    c3 = gc.get_count()
    print("python calls", c1[0] - base[0])
    print("temporary lists", c2[0] - c1[0])
    print("comprehension", c3[0] - c2[0])
measure()
