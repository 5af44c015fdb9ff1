import sys
a = "hello"
b = "hello"
print(a is b)
c = "".join(["hel", "lo"])
print(c == a, c is a)
d = sys.intern(c)
print(d is a, d == a)
e = "hello world!"
f = "hello world!"
print(e is f)
g = "x" + str(1)
h = "x" + str(1)
print(g == h, g is h, sys.intern(g) is sys.intern(h))
empty = ""
abc = "abc"
print(empty is str(), str() is empty, abc[5:] is empty)
src = "abcz"
print(src[3] is chr(122), src[3] is "zz"[0:1] if False else src[3] is src[-1])
e1 = "aé"
e2 = "éb"
print(e1[1] is e2[0], e1[1] is chr(233))
c1 = "a中"
c2 = "b中"
print(c1[1] == c2[1], c1[1] is c2[1])
n = chr(65)
xa = "xA"
print(n is xa[1:])
lst = "a,b".split(",")
print(lst[0] is chr(97), lst[1] is chr(98))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
