import gc
gc.collect()
before = gc.get_stats()
print(len(before), sorted(before[0]))
a = []
a.append(a)
b = [a]
b.append(b)
del a, b
gc.collect()
gc.collect(0)
gc.collect(0)
gc.collect(1)
after = gc.get_stats()
for gen in range(3):
    print(gen, {k: after[gen][k] - before[gen][k] for k in sorted(before[gen])})
