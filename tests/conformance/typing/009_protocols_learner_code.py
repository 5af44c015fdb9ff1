# Typical annotated learner code: a Protocol used as an annotation (its __init_subclass__ runs a generator
# that is closed early — a finalizer while the class is being built, so the heap audit runs inside class
# creation), Iterator return hints, NamedTuple as a real tuple, callables and properties in dataclasses,
# the collections aliases.
from typing import Protocol, Iterator, NamedTuple, Callable, Optional, runtime_checkable, Deque, DefaultDict, Counter, OrderedDict
from dataclasses import dataclass, field
import sys

class Greeter(Protocol):
    def greet(self) -> str: ...

class En:
    def greet(self) -> str:
        return 'hello'

def use(g: Greeter) -> str:
    return g.greet()

print(use(En()), Greeter._is_protocol)

def count(n: int) -> Iterator[int]:
    yield from range(n)

print(list(count(3)), count.__annotations__)
P = NamedTuple('P', [('x', int), ('y', int)])
p = P(1, 2)
print(p, isinstance(p, tuple), p._asdict(), sys.getsizeof(p))

@dataclass
class Handler:
    callback: Callable[[int], int] = lambda x: x
    name: Optional[str] = None

    @property
    def upper(self) -> str:
        return (self.name or '').upper()

h = Handler(name='ab')
print(h.callback(3), h.upper, Handler.__doc__[:40])
print(Deque[int], DefaultDict[str, int], Counter[str], OrderedDict[str, int])

@runtime_checkable
class Closer(Protocol):
    def close(self): ...
print(Closer._is_runtime_protocol)
