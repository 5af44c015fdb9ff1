from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print([''.join(p) for p in permutations('ABC')])
print(list(permutations(range(3), 2)), list(permutations('ab', 3)), list(permutations('ab', 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations('ab', 3)), list(combinations('ab', 0)), list(combinations('', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)))
print(list(combinations_with_replacement('', 0)), len(list(combinations_with_replacement(range(5), 3))))
print(len(list(permutations(range(5)))), len(list(product('abc', 'de', repeat=2))))
for t in [lambda: permutations('abc', -1), lambda: combinations('abc', -1), lambda: product('a', repeat=-1),
          lambda: combinations('abc'), lambda: combinations_with_replacement('ab', -2),
          lambda: permutations('ab', 'x'), lambda: product(1)]:
    try:
        t()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
