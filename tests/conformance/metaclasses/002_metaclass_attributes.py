# Methods, class attributes and properties of a metaclass are seen on the class, not on its instances.
class Meta(type):
    tag = "meta-tag"
    counter = 0

    def hello(cls):
        return "hello from " + cls.__name__

    @property
    def upper(cls):
        return cls.__name__.upper()

    @classmethod
    def which(mcls):
        return mcls.__name__

    @staticmethod
    def helper(x):
        return x * 2

    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"

    def __len__(cls):
        return 3

    def __iter__(cls):
        return iter(range(3))

    def __getitem__(cls, key):
        return (cls.__name__, key)

    def __add__(cls, other):
        return cls.__name__ + "+" + str(other)


class Widget(metaclass=Meta):
    tag = "own-tag"

    def method(self):
        return "instance method"


print(Widget.hello(), Widget.upper, Widget.which(), Widget.helper(21))
print(Widget.tag, Meta.tag, Widget.counter)
print(repr(Widget), Widget, str(Widget), [Widget])
print(len(Widget), list(Widget), Widget["k"], Widget + 1)
w = Widget()
print(w.method(), hasattr(w, "hello"), hasattr(w, "upper"), hasattr(w, "counter"))
try:
    w.hello()
except AttributeError as e:
    print("AttributeError:", e)
bound = Widget.hello
print(bound.__self__ is Widget, bound.__func__ is Meta.__dict__["hello"])
Widget.counter = 5
print(Widget.counter, Meta.counter, "counter" in Widget.__dict__)
print(Meta.__mro__)
print(Meta.__name__, Meta.__qualname__, Widget.__class__ is Meta, type(Meta) is type)
print("hello" in dir(Meta), "hello" in dir(Widget))
try:
    Widget.missing
except AttributeError as e:
    print("AttributeError:", e)


class Getattr(type):
    def __getattr__(cls, name):
        return "dynamic " + name


class G(metaclass=Getattr):
    real = 1


print(G.real, G.anything, G.__name__)
