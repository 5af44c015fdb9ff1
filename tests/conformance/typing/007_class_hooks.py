# The class-creation hooks typing relies on: __init_subclass__ (implicitly a classmethod, called for
# each subclass), __class_getitem__, __mro_entries__ on non-class bases (and __orig_bases__),
# type(name, bases, dict) taking the caller's module, __instancecheck__/__subclasscheck__ of
# non-class objects, function __annotations__, sys._getframe.
import sys


class Registry:
    subclasses = []

    def __init_subclass__(cls):
        super().__init_subclass__()
        Registry.subclasses.append(cls.__name__)


class A(Registry):
    pass


class B(A):
    pass


print(Registry.subclasses, type(Registry.__dict__['__init_subclass__']).__name__)


class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__} of {item!r}'


print(Box[int], Box['x', 2], type(Box.__dict__['__class_getitem__']).__name__)
print(Box.__dict__['__class_getitem__'].__func__.__qualname__)


class Entry:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return self.bases


class Made(Entry(dict), Entry(), int if False else object):
    pass


print(Made.__bases__, len(Made.__orig_bases__), Made.__mro__)
try:
    class Wrong(Entry):
        pass

    class Bad(type('X', (), {'__mro_entries__': lambda self, b: [dict]})()):
        pass
except TypeError as e:
    print(e)

Dyn = type('Dyn', (), {'x': 1})
print(Dyn, Dyn.__module__, Dyn.__qualname__)


class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj > 0

    def __subclasscheck__(self, cls):
        return cls is bool


positive = Checker()
print(isinstance(5, positive), isinstance(-5, positive), isinstance('a', (str, positive)), issubclass(bool, positive))
try:
    isinstance(1, object())
except TypeError as e:
    print(e)
try:
    issubclass(int, 3)
except TypeError as e:
    print(e)


def annotated(a: int, b: 'str' = '', *, c: list = None) -> bool:
    pass


def bare(a, b):
    pass


print(annotated.__annotations__, bare.__annotations__, annotated.__annotations__ is annotated.__annotations__)
bare.__annotations__ = {'a': int}
print(bare.__annotations__)
try:
    bare.__annotations__ = 3
except TypeError as e:
    print(e)
print(classmethod(len), staticmethod(len))


def where():
    frame = sys._getframe()
    caller = sys._getframe(1)
    return frame.f_code.co_name, caller.f_code.co_name, caller.f_globals is globals()


def outer():
    return where()


print(outer(), sys._getframe().f_globals['__name__'])
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
