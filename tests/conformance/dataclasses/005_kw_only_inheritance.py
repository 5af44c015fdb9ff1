# kw_only (on the decorator, per field, and the KW_ONLY marker), field order through inheritance,
# __match_args__ (positional fields only), overriding a default in a subclass, and a dataclass
# inheriting from a regular class.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options.__match_args__, Options.__doc__)
try:
    Options(True, 3)
except TypeError as e:
    print(e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


print(Mixed(1, b=2), Mixed.__match_args__, Mixed.__doc__)


@dataclass
class PerField:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 0


print(PerField(1, 2), PerField(1, b=9), PerField.__doc__, [f.kw_only for f in fields(PerField)])


@dataclass
class Animal:
    name: str
    sound: str = '...'

    def speak(self):
        return f'{self.name} says {self.sound}'


@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: list = field(default_factory=list)


d = Dog('Rex')
print(d, d.speak(), [f.name for f in fields(Dog)], Dog.__doc__)
print(isinstance(d, Animal), d == Animal('Rex', 'woof'), Dog.__match_args__)


class Plain:
    def __init__(self):
        self.ready = True


@dataclass
class Extended(Plain):
    value: int = 0

    def __post_init__(self):
        super().__init__()


e = Extended(4)
print(e, e.ready)

try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        __: KW_ONLY
except TypeError as e:
    print(e)
