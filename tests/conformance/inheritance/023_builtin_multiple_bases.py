# Multiple inheritance with builtins (Objects/typeobject.c: best_base, solid_base, extra_ivars): the base with the
# most derived solid base becomes __base__ and gives the layout; two unrelated solid bases (int and tuple, two
# int subclasses with a __dict__, two classes with __slots__) are a layout conflict; mixins add nothing.
class Plain: pass
class Mixin:
    def hello(self): return "hi " + repr(self)
combos = [("int", "tuple"), ("int", "float"), ("list", "dict"), ("set", "frozenset"), ("bytes", "str"), ("int", "Plain"), ("Mixin", "tuple"), ("tuple", "Mixin"), ("float", "Mixin"), ("Mixin", "set")]
for a, b in combos:
    try:
        X = type("X", (globals().get(a) or __builtins__.__dict__[a], globals().get(b) or __builtins__.__dict__[b]), {})
        x = X()
        print(a, b, "ok", X.__mro__[1].__name__, repr(x), x.hello() if hasattr(x, "hello") else "")
    except TypeError as e:
        print(a, b, "TypeError", e)
class I(int): pass
class J(int): pass
class K(int): __slots__ = ()
for bases in ((I, J), (I, K), (K, I), (I, Plain), (Plain, I), (J, Mixin)):
    try:
        X = type("X", bases, {})
        print([c.__name__ for c in X.__mro__], X.__base__.__name__, X.__basicsize__, X(3) + 1)
    except TypeError as e:
        print([c.__name__ for c in bases], "TypeError", e)
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
class W:
    __slots__ = ("__weakref__",)
for bases in ((A, B), (A, W), (W, A), (A, Plain), (A, float), (W, list)):
    try:
        X = type("X", bases, {})
        print([c.__name__ for c in X.__mro__], X.__base__.__name__, X.__basicsize__)
    except TypeError as e:
        print([c.__name__ for c in bases], "TypeError", e)
