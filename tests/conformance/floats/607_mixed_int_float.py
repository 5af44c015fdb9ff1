ints = [-2**70, -10, -1, 0, 1, 3, 2**53 + 1, 2**70]
floats = [-2.5, -0.0, 0.0, 0.5, 3.0, 1e20, float('inf'), float('nan')]
for i in ints:
    for f in floats:
        res = []
        for op in ['+', '-', '*', '/', '//', '%', '**']:
            try:
                if op == '+': r = (i + f, f + i)
                elif op == '-': r = (i - f, f - i)
                elif op == '*': r = (i * f, f * i)
                elif op == '/': r = (i / f, f / i) if f and i else 'zero'
                elif op == '//': r = (i // f, f // i) if f and i else 'zero'
                elif op == '%': r = (i % f, f % i) if f and i else 'zero'
                else: r = (i ** f, f ** i) if abs(i) < 100 and (i >= 0 or f != f or f == int(f) if abs(f) < 1e300 else True) else 'skip'
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            res.append(r)
        print(i, f, res)
for expr, fn in [('2**1100 + 1.0', lambda: 2**1100 + 1.0), ('1.0 * 10**400', lambda: 1.0 * 10**400), ('10**400 / 1.5', lambda: 10**400 / 1.5),
                 ('1.5 < 10**400', lambda: 1.5 < 10**400), ('2**1100 == inf', lambda: 2**1100 == float('inf')), ('10**400 - 0.5', lambda: 10**400 - 0.5)]:
    try:
        print(expr, fn())
    except OverflowError as e:
        print(expr, type(e).__name__, e)
