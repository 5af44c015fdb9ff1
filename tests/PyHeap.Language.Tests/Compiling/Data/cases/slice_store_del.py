x[1:2] = y
del x[::2]
