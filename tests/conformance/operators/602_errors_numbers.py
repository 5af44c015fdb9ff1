cases = [(1, 'a'), ('a', 1), (1.5, 'a'), (1, None), (None, 2.5), (1, []), ([], 1.5), (2.5, (1,))]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
       ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('**', lambda a, b: a ** b), ('<<', lambda a, b: a << b),
       ('>>', lambda a, b: a >> b), ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b),
       ('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b), ('>', lambda a, b: a > b), ('>=', lambda a, b: a >= b)]
for a, b in cases:
    for op, fn in ops:
        try:
            r = fn(a, b)
            print(repr(a), op, repr(b), '=', repr(r))
        except TypeError as e:
            print(repr(a), op, repr(b), type(e).__name__, e)
for a, b in [(1.5, 1), (1, 2.5), (1.5, 2.5), (True, 1.5)]:
    for op, fn in ops[7:12]:
        try:
            print(op, fn(a, b))
        except TypeError as e:
            print(type(e).__name__, e)
for v in [1.5, 'a', None]:
    try:
        print(~v)
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == 'a', 1 != 'a', 1.5 == None, 2 == [2], 'x' * 3, 3 * 'x', [0] * 3, True * 'ab')
