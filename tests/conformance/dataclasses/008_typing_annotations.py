# Dataclasses with typing annotations: ClassVar / InitVar recognised also as strings ('ClassVar[int]',
# 'typing.ClassVar[int]', 'dataclasses.InitVar[int]'), the class docstring built from the __init__
# signature (typing reprs without the 'typing.' prefix), generic dataclasses, and a user __init__.
import dataclasses
import typing
from dataclasses import InitVar, dataclass, field, fields
from typing import ClassVar, Dict, Generic, List, Optional, TypeVar

T = TypeVar('T')


@dataclass
class Config:
    name: str
    tags: List[str] = field(default_factory=list)
    limits: Dict[str, int] = field(default_factory=dict)
    parent: Optional['Config'] = None
    registry: 'ClassVar[dict]' = {}
    version: 'typing.ClassVar[int]' = 1
    seed: 'dataclasses.InitVar[int]' = 0
    alias: 'InitVar[str]' = ''
    union: int | None = None
    plain: list[int] = None

    def __post_init__(self, seed, alias):
        self.tags = self.tags + [alias] if alias else self.tags


c = Config('main', alias='x')
print(c)
print([f.name for f in fields(Config)])
print(Config.__doc__)


@dataclass
class Box(Generic[T]):
    item: T
    extra: List[T] = field(default_factory=list)


b = Box[int](3)
print(b, Box.__doc__, Box.__parameters__, b.__orig_class__)


class Custom:
    def __init__(self, a, *args, b=3, **kw) -> None:
        self.a = a


@dataclass(init=False)
class UsesCustom(Custom):
    a: int


print(UsesCustom.__doc__, UsesCustom(5))


@dataclass(init=False)
class NoInit:
    x: int


print(NoInit.__doc__, repr(NoInit.__init__.__qualname__))


@dataclass
class Documented:
    """My own docstring."""
    x: int


print(Documented.__doc__)
