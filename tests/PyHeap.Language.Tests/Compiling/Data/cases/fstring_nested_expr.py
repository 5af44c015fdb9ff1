s = f'{a + b} and {f(c)!r:10}'
