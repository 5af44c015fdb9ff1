vals = [-1e300, -7.5, -3.0, -2.5, -1.0, -0.3, -0.0, 0.0, 0.3, 1.0, 2.5, 3.0, 7.5, 1e300, float('inf'), float('-inf'), float('nan')]
for a in vals:
    for op in ['//', '%', 'divmod']:
        row = []
        for b in vals:
            try:
                if op == '//':
                    row.append(a // b)
                elif op == '%':
                    row.append(a % b)
                else:
                    row.append(divmod(a, b))
            except ZeroDivisionError as e:
                row.append(str(e))
        print(a, op, row)
print(-1 % 1e-300, 5 % -3.0, -5 % 3.0, 5.0 // -3, 1e16 % 3, 0.1 % 0.01, 4.5 // 0.1, divmod(-7, 2.0))
