# field(): default, default_factory (each instance gets its own), repr=False, compare=False, init=False,
# metadata; the mutable-default errors; ClassVar and InitVar are not fields; __post_init__ gets InitVars.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, List


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    total: float = field(init=False, default=0.0)
    note: str = field(default='', metadata={'unit': 'text'})


a = Inventory()
b = Inventory()
a.items.append(1)
print(a, b, a.items is b.items)
print(Inventory([1], {'k': 1}, 5) == Inventory([1], {}, 9))
print(Inventory.__doc__)
print(fields(Inventory)[4].metadata, fields(Inventory)[4].metadata['unit'], type(fields(Inventory)[0].metadata).__name__)
print(fields(Inventory)[1].repr, fields(Inventory)[2].compare, fields(Inventory)[3].init)
try:
    Inventory(total=1.0)
except TypeError as e:
    print(e)

for default in ([], {}, set()):
    try:
        @dataclass
        class Bad:
            x: object = default
    except ValueError as e:
        print(e)

try:
    field(default=1, default_factory=int)
except ValueError as e:
    print(e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(e)


@dataclass
class Scaled:
    values: List[int]
    factor: InitVar[int] = 2
    instances: ClassVar[int] = 0

    def __post_init__(self, factor):
        Scaled.instances += 1
        self.values = [v * factor for v in self.values]


s = Scaled([1, 2])
print(s, Scaled([1], 10), Scaled.instances)
print([f.name for f in fields(Scaled)], 'factor' in Scaled.__dataclass_fields__)
print(Scaled.__dataclass_fields__['factor']._field_type, Scaled.__dataclass_fields__['instances']._field_type)
print(Scaled.__doc__)
print(InitVar[int], InitVar(str), InitVar[int].type)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(WithPost(4), repr(dataclasses.MISSING)[:31])
