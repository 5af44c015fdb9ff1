# A metaclass overriding __new__, __init__ and __call__, with class keywords and __prepare__.
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("M.__call__", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        print("made", type(inst).__name__)
        return inst

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("M.__prepare__", mcls.__name__, name, kw)
        return {'injected': 42}


class A(metaclass=M, flag=True):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)


print(type(A) is M, type(A).__name__, isinstance(A, M), isinstance(A, type), A.injected)
a = A(5, y=7)
print(a.x, a.y, type(a) is A, isinstance(a, M))


class B(A, flag=1):
    pass


print(type(B).__name__, [c.__name__ for c in B.__mro__])
b = B(1)
print(b.x, b.y)


class C(A):
    def __new__(cls, *args, **kw):
        print("C.__new__", args)
        return super().__new__(cls)


c = C(3)
print(c.x)
