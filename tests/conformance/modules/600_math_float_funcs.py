import math
xs = [-1e300, -10.0, -2.5, -1.0, -0.5, -0.0, 0.0, 1e-300, 0.5, 1.0, 2.0, 2.5, 10.0, 100.0, 709.0, 710.0, 1e300, math.inf, -math.inf, math.nan, 3, -7, 2**70]
names = ['sqrt', 'exp', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'fabs', 'degrees', 'radians', 'log', 'log2', 'log10', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(math, name)
    row = []
    for x in xs:
        try:
            row.append(f(x))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(name, row)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
