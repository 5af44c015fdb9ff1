values = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, range(0), range(1)]
print([bool(v) for v in values])
total = 0
for a in range(4):
    for b in range(a):
        if (a + b) % 2:
            total += a * b
print(total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
