a, *b = (1, 2, 3, 4)
print(a, b)
*a, b = [1, 2, 3]
print(a, b)
a, *b, c = "hello"
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z)
first, *_ = range(5)
print(first)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print(e)
