cases = [(1, 'a'), ('a', 1), (1.5, 'a'), (1, None), (None, 2.5), (1, []), ([], 1.5), (2.5, (1,))]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '>', '>=']
for a, b in cases:
    for op in ops:
        try:
            r = eval('a ' + op + ' b')
            print(repr(a), op, repr(b), '=', repr(r))
        except TypeError as e:
            print(repr(a), op, repr(b), type(e).__name__, e)
for a, b in [(1.5, 1), (1, 2.5), (1.5, 2.5), (True, 1.5)]:
    for op in ['<<', '>>', '&', '|', '^']:
        try:
            print(eval('a ' + op + ' b'))
        except TypeError as e:
            print(type(e).__name__, e)
for v in [1.5, 'a', None]:
    try:
        print(~v)
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == 'a', 1 != 'a', 1.5 == None, 2 == [2], 'x' * 3, 3 * 'x', [0] * 3, True * 'ab')
