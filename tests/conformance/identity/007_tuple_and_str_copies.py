t = (1, 2, 3)
print(tuple(t) is t, t[:] is t, t[0:3] is t, t[0:2] is t)
s = "hello world"
print(str(s) is s, s[:] is s, s[0:len(s)] is s)
f = frozenset({1, 2})
print(frozenset(f) is f)
b = b"xyz"
print(bytes(b) is b, b[:] is b)
