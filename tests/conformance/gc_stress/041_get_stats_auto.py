import gc
gc.collect()
before = gc.get_stats()
class C:
    pass
gc.set_threshold(20, 3, 1000)
for i in range(300):
    c = C()
    c.me = c
gc.set_threshold(700, 10, 10)
after = gc.get_stats()
for g in range(3):
    delta = {k: after[g][k] - before[g][k] for k in ("collections", "collected", "uncollectable")}
    print(g, delta)
print("explicit", gc.collect())
final = gc.get_stats()
print("full delta", final[2]["collections"] - after[2]["collections"], final[2]["collected"] - after[2]["collected"])
