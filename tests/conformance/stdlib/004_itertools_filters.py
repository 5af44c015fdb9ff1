from itertools import compress, dropwhile, takewhile, filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aabbb'))
print([(k, list(g)) for k, g in groups])
it = groupby('xxyy')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice('ab', None)))
for args in [(-1,), ('a',), (1, -2), (-1, 3), (0, 5, 0), (0, 5, -1), ()]:
    try:
        islice('abc', *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5], 'ab'])))
a, b = tee([1, 2, 3])
print(next(a), list(a), list(b))
x, y, z = tee('ab', 3)
print(list(x), list(y), list(z), tee('a', 0), type(x).__name__)
try:
    tee('a', -1)
except ValueError as e:
    print('ValueError', e)
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3])), list(zip_longest()))
try:
    zip_longest('a', 1)
except TypeError as e:
    print('TypeError', e)
