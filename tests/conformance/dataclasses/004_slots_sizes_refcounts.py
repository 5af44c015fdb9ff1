# slots=True makes a new class with __slots__: no __dict__, a smaller instance (sys.getsizeof), member
# descriptors for the fields; weakref_slot; the refcounts of dataclass instances, fields and classes.
import sys
import weakref
from dataclasses import dataclass, field


@dataclass
class Regular:
    x: int
    y: float = 0.0


@dataclass(slots=True)
class Slotted:
    x: int
    y: float = 0.0


@dataclass(slots=True, weakref_slot=True)
class WeakSlotted:
    x: int


@dataclass(slots=True, frozen=True)
class FrozenSlotted:
    x: int
    y: int = 0


r = Regular(1)
s = Slotted(1)
print(sys.getsizeof(r), sys.getsizeof(s), sys.getsizeof(WeakSlotted(1)), sys.getsizeof(FrozenSlotted(1)))
print(Slotted.__slots__, WeakSlotted.__slots__, hasattr(s, '__dict__'), hasattr(r, '__dict__'))
print(type(Slotted.__dict__['x']).__name__, Slotted.__qualname__, Slotted.__init__.__qualname__)
print(s, s == Slotted(1), FrozenSlotted(2, 3))
try:
    s.z = 1
except AttributeError as e:
    print(e)
try:
    weakref.ref(s)
except TypeError as e:
    print(e)
w = WeakSlotted(5)
print(weakref.ref(w)() is w)
try:
    FrozenSlotted(1).x = 2
except AttributeError as e:
    print(type(e).__name__, e)

value = 'a shared value ' + str(7)
before = sys.getrefcount(value)
items = [Regular(value), Slotted(value), Regular(value)]
print(sys.getrefcount(value) - before)
print(sys.getrefcount(items[0]), sys.getrefcount(items[1]))
del items
print(sys.getrefcount(value) - before)
print(sys.getrefcount(Regular) - sys.getrefcount(Slotted))

big = [Slotted(i) for i in range(100)]
print(sum(sys.getsizeof(o) for o in big), sum(sys.getsizeof(Regular(i)) for i in range(100)))


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Derived(Base):
    b: int = 2


d = Derived(1)
print(d, Derived.__slots__, sys.getsizeof(d), Derived.__mro__[1].__name__)
try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print(e)
