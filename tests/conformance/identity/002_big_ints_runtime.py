n = 10 ** 20
m = 10 ** 20
print(n == m)
p = int("12345678901234567890")
q = int("12345678901234567890")
print(p is q, p == q)
lst = [1000 + i for i in range(3)]
lst2 = [1000 + i for i in range(3)]
print([a is b for a, b in zip(lst, lst2)])
small = [i * 2 for i in range(3)]
small2 = [i * 2 for i in range(3)]
print([a is b for a, b in zip(small, small2)])
