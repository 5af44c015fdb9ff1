tests = ['0', '-0', '+17', '  42  ', '\t-7\n', '1_000_000', '0x1F', '0o17', '0b101', '00', '007', '1__0', '_1', '1_',
         '', ' ', '12a', '1.5', '1e3', '٣', '  +  5', '--5', '99999999999999999999999999', '-0x10', '0X1f']
for t in tests:
    for b in [10, 0, 16]:
        try:
            print(repr(t), b, int(t, b))
        except ValueError as e:
            print(repr(t), b, type(e).__name__, e)
for t, b in [('z', 36), ('Z', 36), ('10', 2), ('777', 8), ('ff', 16), ('0xff', 16), ('0b11', 2), ('0o7', 8), ('11', 37), ('11', 1), ('11', -1), ('zz', 35)]:
    try:
        print(t, b, int(t, b))
    except ValueError as e:
        print(t, b, type(e).__name__, e)
print(int(), int(5), int(-5.9), int(5.9), int(1e20), int(-1e20), int(2.0**80), int(True), int(False), int(-0.0))
for x in [float('nan'), float('inf'), float('-inf'), [], None, '1' * 5000]:
    try:
        print(int(x))
    except Exception as e:
        print(type(e).__name__, e)
for args, kwargs in [((), {'base': 10}), ((10, 2), {}), (('1',), {'base': '2'}), (('1', 2, 3), {}), ((), {'x': 5}), (('11',), {'base': 2})]:
    try:
        print(int(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
