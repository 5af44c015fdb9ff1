bases = [-2.5, -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, 10.0, float('inf'), float('-inf'), float('nan')]
exps = [-3.0, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0, 0.1, float('inf'), float('-inf'), float('nan')]
for b in bases:
    row = []
    for e in exps:
        if b < 0 and e == e and abs(e) != float('inf') and e != int(e):
            row.append('complex')
            continue
        try:
            row.append(b ** e)
        except Exception as ex:
            row.append(type(ex).__name__ + ': ' + str(ex))
    print(b, row)
print(2 ** 0.5, 2.0 ** 10, 10 ** -2.0, 2 ** 1023.0, 4 ** 0.5, 1.0000001 ** 1e7, pow(2.0, 3), pow(2, 0.5))
for args in [(10.0, 400), (2.0, 10000), (-10.0, 401), (1e308, 2)]:
    try:
        print(args[0] ** args[1])
    except OverflowError as e:
        print(type(e).__name__, e)
for args in [(2.0, 3, 5), (2.0, 3.0, None)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(type(e).__name__, e)
