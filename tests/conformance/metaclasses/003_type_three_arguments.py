# type(name, bases, dict) and Meta(name, bases, dict) build classes like a class statement does.
class Base:
    def greet(self):
        return "hi from " + type(self).__name__


def init(self, v):
    self.v = v


D = type('D', (Base,), {'x': 1, '__init__': init})
d = D(9)
print(D, D.__name__, D.__qualname__, D.__module__, D.__bases__, D.x, d.v, d.greet())
print(type(D) is type, D.__mro__)
E = type('E', (), {})
print(E.__bases__, E.__mro__, E.__doc__)


class Meta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.made_by = "Meta"


F = Meta('F', (Base,), {'y': 2})
print(type(F) is Meta, F.made_by, F.y, F().greet())
G = type.__new__(Meta, 'G', (), {})
print(type(G) is Meta, hasattr(G, 'made_by'))
H = Meta.__new__(Meta, 'H', (), {'z': 3})
print(type(H).__name__, H.z)
for args in [(), (1, 2), ('a', 2, {}), ('a', (), []), (1, (), {}), ('a', (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(1,), ('a', (), {}, 4)]:
    try:
        Meta(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type.__new__(int, 'X', (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(D, 'x')
    print("type.__init__ with 1 argument is fine")
    type.__init__(D, 'x', (), {}, extra=1)
    print("type.__init__ with keywords and 3 arguments is fine")
    type.__init__(D, 'x', extra=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(D, 'x', ())
except TypeError as e:
    print("TypeError:", e)
print(type(3), type('s'), type(D))
