a = 2 ** 100
print(a, a + 1, a - 2 ** 99, a * a)
print(a // 3, a % 1000007, -a // 7, -a % 7)
print(3 ** 50, (-3) ** 51)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(10 ** 30 // 10 ** 15, 10 ** 30 % 999999937)
print(divmod(-(10 ** 25), 12345))
