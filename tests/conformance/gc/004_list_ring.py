import gc
gc.collect()
def ring(n):
    first = []
    cur = first
    for i in range(n - 1):
        nxt = []
        cur.append(nxt)
        cur = nxt
    cur.append(first)
for n in [1, 2, 3, 10, 100]:
    ring(n)
    print(n, "collected", gc.collect())
