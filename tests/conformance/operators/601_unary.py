for v in [0, 1, -1, 5, -2**63, 2**63 - 1, 2**63, -2**100, True, False, 0.0, -0.0, 1.5, -2.5, float('inf'), float('nan')]:
    try:
        inv = ~v
    except TypeError as e:
        inv = str(e)
    print(repr(v), -v, +v, abs(v), inv, not v, type(-v).__name__, type(+v).__name__)
print(- - 5, - + - 5, ~~5, -(-2**63), abs(-2**63), abs(-2**100))
