import math
total = 0.0
for i in range(1, 3000):
    total += math.sqrt(i) * math.sin(i) / math.log(i + 1)
print(total)
primes = [n for n in range(2, 400) if all(n % d for d in range(2, math.isqrt(n) + 1))]
print(primes)
print(sum(math.comb(20, k) for k in range(21)), math.prod(range(1, 21)) == math.factorial(20))
pts = [(math.cos(t / 10), math.sin(t / 10)) for t in range(63)]
print(sum(math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1)))
print([round(math.degrees(math.atan2(y, x)), 6) for x, y in pts[::7]])
