x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 40; print(x)
x >>= 3; print(x)
x <<= 70; print(x)
x &= 2**75 - 1; print(x)
x |= 12345; print(x)
x ^= 2**80; print(x)
x /= 3; print(x)
y = 2**63 - 1
y += 1; print(y, type(y).__name__)
y -= 1; print(y)
z = -2**63
z -= 1; print(z)
z = -2**63
z //= -1; print(z)
n = 0
for i in range(100000):
    n += i
print(n)
f = 1.5
f += 1; f *= 2; f -= 0.5; f /= 2; f //= 0.5; f **= 2; f %= 7
print(f)
