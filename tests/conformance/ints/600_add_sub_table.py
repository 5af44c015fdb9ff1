vals = [-2**100, -2**63 - 1, -2**63, -2**62, -(2**31), -1000, -7, -1, 0, 1, 2, 7, 255, 256, 257, 1000, 2**31, 2**62, 2**63 - 1, 2**63, 2**64, 2**100]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
    print(a, row)
