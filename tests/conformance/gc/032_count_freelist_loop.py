import gc
gc.collect()
def loop(n):
    gc.collect()
    base = gc.get_count()
    for i in range(n):
        x = []
    end = gc.get_count()
    return end[0] - base[0]
for n in [0, 1, 2, 3, 10, 100]:
    print(n, loop(n))
