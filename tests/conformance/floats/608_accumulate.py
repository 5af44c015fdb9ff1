total = 0.0
for i in range(1, 2001):
    total += 1.0 / i
print(total)
x = 0.0
for i in range(1000):
    x += 0.1
print(x, x == 100.0, round(x, 9))
acc = 1.0
for i in range(1, 171):
    acc *= i
print(acc, acc * 171, -acc * 171)
v = 1.0
steps = 0
while v > 0:
    v /= 2
    steps += 1
print(steps)
vals = [i * 0.37 - 50 for i in range(300)]
print(sum(vals), min(vals), max(vals), sorted(vals, key=lambda t: abs(t))[:5])
print([i / 10 for i in range(-15, 16)])
