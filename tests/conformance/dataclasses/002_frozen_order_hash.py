# frozen=True raises FrozenInstanceError on assignment and deletion; order=True generates the comparisons
# (as tuples of fields); the __hash__ rules of eq/frozen/unsafe_hash; frozen/non-frozen inheritance errors.
from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v = Version(1, 2)
print(v, hash(v) == hash((1, 2)))
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            v.major = 3
        elif action == 'del':
            del v.minor
        else:
            v.extra = 1
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
print(Version(1, 2) < Version(1, 3), Version(2) > Version(1, 9), Version(1, 2) <= Version(1, 2, 'x'))
print(Version(1, 2, 'a') == Version(1, 2, 'b'))
print(sorted([Version(2), Version(1, 5), Version(1, 0, 'z')]))
print(Version.__lt__.__qualname__)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
print({Version(1): 'one'}[Version(1)])


@dataclass
class Mutable:
    a: int


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass
class OwnHash:
    a: int

    def __hash__(self):
        return 42


print(Mutable.__hash__, hash(Hashed(3)) == hash((3,)), NoEq.__hash__ is object.__hash__, hash(OwnHash(1)))
try:
    hash(Mutable(1))
except TypeError as e:
    print(e)

try:
    @dataclass
    class Child(Version):
        patch: int = 0
except TypeError as e:
    print(e)

try:
    @dataclass(frozen=True)
    class FrozenChild(Mutable):
        b: int = 0
except TypeError as e:
    print(e)

try:
    @dataclass(order=True)
    class Both:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)

try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(e)

try:
    @dataclass(unsafe_hash=True, frozen=True)
    class Fine:
        a: int

        def __hash__(self):
            return 0
except TypeError as e:
    print(e)
