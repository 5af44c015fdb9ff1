import random
random.seed(2023)
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.choice('abcdef'), random.choice([10, 20, 30]), random.choice(range(100)))
print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample(range(1000), 10))
print(random.sample(['r', 'g', 'b'], 4, counts=[1, 2, 3]) if False else random.sample(['r', 'g', 'b'], 4, counts=[1, 2, 3]))
print(random.choices('abc', k=5), random.choices('abc', weights=[5, 1, 1], k=6))
print(random.choices([1, 2, 3], cum_weights=[1, 2, 10], k=4), random.choices('xy'))
r = random.Random(99)
r2 = random.Random(99)
print(r.random() == r2.random(), r.randint(1, 100), r2.randint(1, 100))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed(5.5)
print(random.random())
for t in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
          lambda: random.randrange(1, 10, 0), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2),
          lambda: random.getrandbits(-1), lambda: random.choices('ab', [1]), lambda: random.choices('ab', 3),
          lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]),
          lambda: random.choices('ab', [0, 0]), lambda: random.seed([1])]:
    try:
        t()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
