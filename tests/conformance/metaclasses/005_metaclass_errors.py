# Metaclass conflicts, bad __prepare__ results, nonempty __slots__ on a type subclass, class keywords.
class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)


class M3(M1):
    pass


class E(A, metaclass=M3):
    pass


class F(A, metaclass=type):
    pass


print(type(E).__name__, type(F).__name__)
try:
    M2('X', (A,), {})
except TypeError as e:
    print("TypeError:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class G(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Slotted(type):
        __slots__ = ('a',)
except TypeError as e:
    print("TypeError:", e)


class EmptySlots(type):
    __slots__ = ()


class H(metaclass=EmptySlots):
    pass


print(type(H).__name__)
try:
    class I(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)


def function_metaclass(name, bases, ns, **kw):
    print("function metaclass", name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
    return 17


class J(metaclass=function_metaclass, extra=2):
    x = 1


print(J)


class K:
    def __init_subclass__(cls, /, required, **rest):
        print("K.__init_subclass__", cls.__name__, required, rest)
        cls.required = required


class L(K, required=5, other=6):
    pass


print(L.required)
try:
    class N(K):
        pass
except TypeError as e:
    print("TypeError:", e)


class ReturnsOther(type):
    def __new__(mcls, name, bases, ns):
        return 99


class O(metaclass=ReturnsOther):
    pass


print(O)
