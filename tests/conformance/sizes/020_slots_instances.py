import sys
class S0:
    __slots__ = ()
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a", "b")
class S5:
    __slots__ = ("a", "b", "c", "d", "e")
print(sys.getsizeof(S0()), sys.getsizeof(S1()), sys.getsizeof(S2()), sys.getsizeof(S5()))
class Sub(S2):
    __slots__ = ("c",)
print(sys.getsizeof(Sub()))
