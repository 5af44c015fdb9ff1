s = "abcdefghij"
cases = [(None, None, None), (2, None, None), (None, 3, None), (2, 8, 2), (-3, None, None), (None, None, -1),
         (8, 2, -2), (100, None, None), (-100, 3, None), (None, None, 3), (5, 5, None), (7, 2, None), (None, None, -3),
         (-1, -11, -1), (3, -3, None), (9, None, -4)]
for a, b, c in cases:
    print(a, b, c, repr(s[a:b:c]))
print(s[:] is s, s[0:10] is s, s[::1] is s, s[::-1] is s)
u = "a😀b€c中d"
print(len(u), repr(u[1]), repr(u[1:3]), repr(u[::-1]), repr(u[::2]), repr(u[-2:]))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
print(repr(s[1:2]), s[1:2] is chr(98), s[1:2] is s[1])
