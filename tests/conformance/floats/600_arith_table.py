vals = [-1e300, -123.456, -2.5, -1.0, -0.5, -0.0, 0.0, 1e-300, 0.1, 0.5, 1.0, 2.5, 3.0, 7.25, 1e16, 1e300, float('inf'), float('-inf'), float('nan')]
for a in vals:
    print(a, [a + b for b in vals])
    print(a, [a - b for b in vals])
    print(a, [a * b for b in vals])
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(a / b)
        except ZeroDivisionError as e:
            row.append(str(e))
    print(a, row)
