a = "hello"
b = "hello"
print(a is b)
c = "hel" + "lo"
print(a is c)
d = "".join(["hel", "lo"])
print(a is d, a == d)
e = sys_like = "foo_bar"
f = "foo_bar"
print(e is f)
g = "x"
h = chr(120)
print(g is h)
lit_a = "a"
s = "ab"[0]
print(s is lit_a, s == lit_a)
lit_empty = ""
empty = "abc"[3:]
print(empty is lit_empty, empty == "")
