vals = [-2**90, -2**63, -2**40 - 3, -1001, -17, -7, -3, -2, -1, 1, 2, 3, 7, 17, 1001, 2**40 + 3, 2**63 - 1, 2**63, 2**90 + 1]
for a in vals + [0]:
    print(a, [a // b for b in vals])
    print(a, [a % b for b in vals])
    print(a, [divmod(a, b) for b in vals[::3]])
print(-2**63 // -1, -2**63 % -1, divmod(-2**63, -1))
for a in [0, 5, -5, 2**70]:
    for op in ['//', '%', 'divmod']:
        try:
            if op == '//':
                a // 0
            elif op == '%':
                a % 0
            else:
                divmod(a, 0)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
