# enum.Enum: members are singletons with name/value, lookups by value and name, reprs, iteration, aliases.
import enum
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f"{Color.RED}|{Color.RED!r}|{Color.RED:>12}")
print(repr(Color), Color, type(Color), type(Color.RED), type(Color) is enum.EnumMeta)
print(list(Color), len(Color), list(reversed(Color)))
print(Color(1), Color['GREEN'], Color(Color.BLUE), Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color.RED is Color(1) is Color['RED'], Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print(Color.RED in Color, Color.GREEN.describe(), Color.favourite())
print(Color.__members__)
print(list(Color.__members__), dict(Color.__members__.items())['CRIMSON'])
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is not Color.GREEN)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.RED.__dict__)
print(dir(Color.RED))
print(dir(Color))


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()


print(list(Shape), [s.value for s in Shape])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None


print(Mood("HAPPY"), Mood("sad"), Mood("SAD"))


@unique
class Weekday(Enum):
    MON = 1
    TUE = 2


print(Weekday.TUE)


class Empty(Enum):
    pass


print(list(Empty), len(Empty), bool(Empty))
