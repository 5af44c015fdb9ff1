import sys, gc, weakref
class S(str):
    pass
s = S("hello")
print(s, repr(s), type(s).__name__, isinstance(s, str), s == "hello", hash(s) == hash("hello"))
print(sys.getsizeof(S("x")), sys.getsizeof(S("")), sys.getsizeof(S("é")), sys.getsizeof(s), sys.getsizeof(S("\u20ac")))
print(gc.is_tracked(s), gc.is_tracked("hello"), type(str(s)).__name__, str(s) is s, type(s + "").__name__, type(s * 1).__name__)
print(type(s[0]).__name__, type(s.upper()).__name__, s.upper(), s.partition("z"), type(s.partition("z")[0]).__name__)
s.attr = [5]
print(s.attr, s.__dict__, {s: 1}["hello"], {"hello": 2}[s], f"{s}", "%s" % s, s.startswith("he"), len(s), list(S("ab")))
print(sys.getrefcount(s.attr), sys.getrefcount(S))
r = weakref.ref(s)
print(r() is s)
del s
print(r(), sys.getrefcount(S))
class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.title())
    def __repr__(self):
        return "Name(" + str.__repr__(self) + ")"
    def greet(self):
        return "hi " + self
n = Name("ada lovelace")
print(n, repr(n), [n], n.greet(), type(n.greet()).__name__, n.split(), str.__len__(n))
class T(str):
    def __str__(self):
        return "custom"
print(T("a"), str(T("b")), "%s" % T("c"), f"{T('d')}", T("e") + "f", format(T("g")))
print(S(5), S(b"ab", "ascii"), repr(S()), [c.__name__ for c in S.__mro__])
try:
    str.__new__(int)
except TypeError as e:
    print(e)
