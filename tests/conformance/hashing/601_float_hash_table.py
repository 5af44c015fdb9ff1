vals = [0.0, -0.0, 0.5, -0.5, 1.0, 1.5, 2.5, -2.5, 0.1, 0.2, 1 / 3, 3.141592653589793, 1e10, 1e16, 1e20, 1e100, 1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e-10, -1e-300, 2.0**61, 2.0**62, 2.0**-61, float('inf'), float('-inf')]
for v in vals:
    print(repr(v), hash(v), hash(v) == hash(v.as_integer_ratio()[0]) if v.is_integer() else '-')
nan = float('nan')
print(hash(nan) == hash(nan), {nan: 1}[nan], len({float('nan'), float('nan')}), nan in [nan], nan == nan)
print(hash(1.0) == hash(1) == hash(True), hash(-1.0), hash(-1), {1: 'int', 1.0: 'float', True: 'bool'})
