a = x if c else y
b = (1 if p else 2) if q else 3
