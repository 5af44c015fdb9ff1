def compute(a, b):
    total = a + b
    return total * 2 + (a / b) - 1

print(compute(1, 2))
print(compute(3, 0))
