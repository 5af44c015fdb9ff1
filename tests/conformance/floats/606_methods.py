vals = [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 123456.0, 2.0**60, -1e-10, 3.0]
for v in vals:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), v.real, v.imag, v.conjugate())
    print(v, float.fromhex(v.hex()) == v, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__int__(), int(v))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(v, v.is_integer(), v.hex())
    for m in ['as_integer_ratio', '__trunc__', '__floor__', '__ceil__']:
        try:
            print(getattr(v, m)())
        except Exception as e:
            print(m, type(e).__name__, e)
for s in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x1p-1074', '0x.8p1', '1', 'inf', ' -0x0p0 ', '0x1p2000', 'zz']:
    try:
        print(s, float.fromhex(s))
    except Exception as e:
        print(s, type(e).__name__, e)
print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__rsub__(1), (2.5).__rtruediv__(1), (2.5).__rpow__(2), (2.5).__divmod__(1), (2.5).__add__('x'))
print((2.5).__neg__(), (2.5).__abs__(), (2.5).__bool__(), (0.0).__bool__(), (2.5).__float__(), (2.5).__eq__(2.5), (2.5).__lt__(3), (2.5).__hash__())
