t = (1, [2, 3])
try:
    t[0] = 5
except TypeError as e:
    print(e)
t[1].append(4)
print(t)
try:
    t += ([5],)
    print(t)
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
