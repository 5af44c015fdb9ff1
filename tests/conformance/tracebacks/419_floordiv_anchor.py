a = 10
b = 0
values = [a, b]
result = values[0] // values[1]
