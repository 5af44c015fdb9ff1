# enum errors: invalid values and names, reassigning members, extending enums, unique, reserved names.
from enum import Enum, unique


class Color(Enum):
    RED = 1
    GREEN = 2


for value in (3, "RED", None, (1,)):
    try:
        Color(value)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["BLUE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Reserved(Enum):
        _bad_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color()
except TypeError as e:
    print("TypeError:", e)


class Strict(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    Strict(5)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


class Raises(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Raises(7)
except KeyError as e:
    print("KeyError:", e, "| context:", repr(e.__context__))


class Base(Enum):
    def hello(self):
        return "hello " + self.name


class Child(Base):
    X = 1


print(Child.X.hello(), list(Child))
Color.extra = "allowed"
print(Color.extra)
try:
    Color.value
except AttributeError as e:
    print("AttributeError:", e)
print(Enum.__dict__["value"].__class__.__name__, Color.__dict__.get("name"), Color.GREEN.value)
try:
    Color.__missing__
except AttributeError as e:
    print("AttributeError:", e)
