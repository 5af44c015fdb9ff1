import sys
class S:
    __slots__ = ("a", "b")
a = []
s = S()
s.a = a
s.b = a
print(sys.getrefcount(a))
s.a = None
print(sys.getrefcount(a))
del s.b
print(sys.getrefcount(a), hasattr(s, "b"))
s.a = a
s2 = S()
s2.a = a
print(sys.getrefcount(a))
del s
print(sys.getrefcount(a))
