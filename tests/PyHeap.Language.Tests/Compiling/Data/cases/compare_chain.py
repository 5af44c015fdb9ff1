a = x < y < z
b = 1 < x <= 10 != y
