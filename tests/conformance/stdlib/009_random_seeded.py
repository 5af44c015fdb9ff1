import random
for s in [0, 1, 42, 2**32 + 5, -7, 12345678901234567890]:
    random.seed(s)
    print(s, random.random(), random.random())
    print(' ', random.getrandbits(8), random.getrandbits(32), random.getrandbits(70), random.getrandbits(0))
    print(' ', random.randrange(10), random.randrange(5, 100), random.randrange(0, 100, 7), random.randint(1, 6))
    print(' ', random.randrange(10, 0, -3), random.randrange(2**70))
random.seed(3)
print(random.uniform(1, 2), random.uniform(10, -10))
