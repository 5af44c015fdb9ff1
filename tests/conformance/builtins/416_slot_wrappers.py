# Slots of builtin types show in their namespaces as wrapper_descriptor objects ("slot wrapper"), and bind to
# method-wrapper objects that own a reference to their instance; iterators have __next__ and __iter__.
import sys

def addr(o):
    return "0x%x" % id(o)

it = iter([1, 2])
w = it.__next__
print(repr(w) == f"<method-wrapper '__next__' of list_iterator object at {addr(it)}>")
print(type(w).__name__, w.__name__, w.__qualname__, w.__objclass__, w.__self__ is it)
print(sys.getsizeof(w), sys.getsizeof(str.__len__))
print(w(), w())
try:
    w()
except StopIteration as e:
    print("StopIteration", e.args)
print(str.__len__, str.__getitem__, list.__iter__, type(iter(range(3))).__next__)
print(type(str.__len__).__name__, str.__len__.__name__, str.__len__.__qualname__, str.__len__.__objclass__)
print(int.__add__, float.__truediv__, dict.__setitem__, object.__eq__, bool.__and__)
print(list.__getitem__, dict.__getitem__, list.__hash__, dict.__hash__, set.__hash__)
print(str.__len__("abc"), str.__mod__("%d", 5), str.__mul__("ab", 2), str.__contains__("abc", "b"))
print(tuple.__getitem__((1, 2), 1), tuple.__len__(()), range.__len__(range(5)), range.__contains__(range(5), 3))
print(int.__add__(1, 2), (5).__rsub__(7), (2).__pow__(10), (2).__pow__(10, 7), int.__neg__(3))
print(set.__or__({1}, {2}), frozenset.__and__(frozenset({1, 2}), {2}), {1}.__len__())
print(bytes.__getitem__(b"ab", 0), b"ab".__add__(b"c"), bytes.__str__(b"x"))
print(iter((1,)).__iter__() is not None, iter(range(2)).__next__(), iter("ab").__next__(), iter(b"ab").__next__())
print(next(iter({1: 2}.items()).__iter__()), iter({1, 2}).__next__(), reversed([3, 4]).__next__())

def gen():
    yield 1
    return "done"
g = gen()
print(g.__next__())
try:
    g.__next__()
except StopIteration as e:
    print("StopIteration", e.value)

# A bound wrapper holds its instance; releasing it gives the reference back.
lst = [1, 2, 3]
before = sys.getrefcount(lst)
m = lst.__len__
print(sys.getrefcount(lst) - before, m())
del m
print(sys.getrefcount(lst) - before)

# Equality of method-wrappers: same slot and same instance.
a = [1]
print(a.__len__ == a.__len__, a.__len__ == [1].__len__, a.__len__ != a.__iter__)

def t(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError", e)

t("descriptor without self", lambda: str.__len__())
t("descriptor on int", lambda: str.__len__(1))
t("keyword", lambda: "a".__len__(x=1))
t("bind to wrong type", lambda: str.__len__.__get__(1))
t("unbound get", lambda: str.__len__.__get__(None, str) is str.__len__)
t("len(reversed)", lambda: len(reversed((1, 2))))
t("bool(reversed(()))", lambda: bool(reversed(())))
t("reversed hint", lambda: reversed((1, 2)).__length_hint__())

class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10
l = L([5, 6])
print(l[1], len(l), list.__len__(l))

class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)
print(S("a") + "b")

# Iterators can be moved with __setstate__ (clipped to the sequence).
for make in [lambda: iter([0, 1, 2, 3]), lambda: iter((0, 1, 2, 3)), lambda: iter("0123"), lambda: iter(b"0123"), lambda: iter(range(4)), lambda: reversed([0, 1, 2, 3])]:
    i = make()
    i.__setstate__(2)
    first = list(i)
    j = make()
    j.__setstate__(-5)
    k = make()
    k.__setstate__(99)
    print(type(i).__name__, first, len(list(j)), list(k))
i = iter(range(10))
next(i)
i.__setstate__(3)
print(next(i))

# Each builtin exception type has its own __init__ wrapper; None's hash through object.__hash__ is hash(None).
print(ValueError.__init__, KeyError.__str__, BaseException.__repr__)
print(hash(None) == None.__hash__(), type(None).__hash__ is object.__hash__)

class B:
    def __init__(self, x):
        super().__init__(x)
for f in [lambda: B(1), lambda: object.__init__(object(), 1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
