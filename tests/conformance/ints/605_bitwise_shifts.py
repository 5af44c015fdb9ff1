vals = [-2**70, -2**63, -256, -255, -5, -1, 0, 1, 5, 6, 255, 256, 2**62, 2**63 - 1, 2**63, 2**70 + 12345]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
    print(a, ~a)
for a in [-2**70, -12345, -1, 0, 1, 12345, 2**62, 2**70]:
    print(a, [a << n for n in [0, 1, 2, 7, 31, 32, 60, 63, 64, 65, 100]])
    print(a, [a >> n for n in [0, 1, 2, 7, 31, 32, 60, 63, 64, 65, 100, 2**70]])
for a, n in [(1, -1), (0, -1), (2**70, -5)]:
    for op in ['<<', '>>']:
        try:
            print(a << n if op == '<<' else a >> n)
        except ValueError as e:
            print(op, type(e).__name__, e)
print(0 << 2**70, -1 >> 2**70, 5 >> 2**70)
