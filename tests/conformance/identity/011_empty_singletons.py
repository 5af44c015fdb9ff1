print(frozenset() is frozenset())
e = ()
es = ""
eb = b""
zero = 0
print(e is tuple(), es is str())
print(eb is bytes())
print(int() is zero)
print(str(es) is es, "abc"[1:1] is es, eb[:0] is eb)
x = ()
y = ()
print(x is y)
z = tuple(range(0))
print(z is x)
