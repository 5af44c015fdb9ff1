s = set(range(5))
s |= {10}
s &= {0, 1, 2, 10, 20}
s -= {0}
s ^= {1, 99}
print(s)
s.update([4, 5], (6,))
print(s)
print(s.pop(), s)
s.intersection_update({2, 4, 5, 6, 99})
s.difference_update([4])
print(s)
c = s.copy()
c.add(1000)
print(s, c, s == c)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
