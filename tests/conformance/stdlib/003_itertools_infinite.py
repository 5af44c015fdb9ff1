from itertools import count, cycle, repeat, islice, accumulate, chain
c = count()
print(next(c), next(c), repr(c))
print(list(islice(count(10, 5), 4)), repr(count(1, 2)), repr(count(0.5)), repr(count(0, 1.0)))
print(list(islice(count(1.5, 0.25), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), repr(repeat(7)), repr(repeat(7, 2)), list(repeat(1, -2)))
r = repeat('y', 2)
next(r)
print(repr(r))
print(list(map(pow, range(5), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')), list(accumulate([])))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
for t in [lambda: count('a'), lambda: repeat(), lambda: repeat(1, 'x'), lambda: list(chain([1], 5)),
          lambda: cycle(3), lambda: accumulate(None)]:
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
print(type(count()).__name__, type(chain()).__name__)
