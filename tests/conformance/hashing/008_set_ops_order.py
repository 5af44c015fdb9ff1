a = {1, 2, 3, 4, 40}
b = {3, 4, 5, 6, 33}
print(a | b)
print(a & b)
print(a - b)
print(a ^ b)
print(b | a)
print({x * 8 for x in range(6)})
print(set("mississippi") == {"m", "i", "s", "p"})
