# get_type_hints (classes through the MRO, functions, string annotations and ForwardRef, None), cast,
# overload/get_overloads, final, no_type_check, NewType, NamedTuple and TypedDict (function forms),
# TYPE_CHECKING, Text, assert_never.
import typing
from typing import (ClassVar, ForwardRef, List, NamedTuple, NewType, Optional, TypedDict, cast, final,
                    get_overloads, get_type_hints, no_type_check, overload)


class Base:
    ident: int
    name: 'str'


class Node(Base):
    children: 'List[Node]'
    parent: Optional['Node'] = None
    count: ClassVar[int] = 0


print(get_type_hints(Node))
print(Node.__annotations__)


def area(width: float, height: 'float' = 1.0, *args: int, scale: 'Optional[float]' = None, **kw: str) -> float:
    return width * height


print(get_type_hints(area))
print(area.__annotations__)
print(get_type_hints(lambda x: x), get_type_hints(len))


def nothing(a: None) -> None:
    pass


print(get_type_hints(nothing))
print(ForwardRef('List[int]'), ForwardRef('x') == ForwardRef('x'), List['int'])

print(cast(int, 'not an int'), cast('List[str]', 3), typing.TYPE_CHECKING, typing.Text)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(3), double('ab'), len(get_overloads(double)))
try:
    overload(lambda: 0)()
except NotImplementedError as e:
    print(e)


@final
class Leaf:
    @final
    def method(self):
        pass


print(Leaf.__final__, Leaf.method.__final__)


@no_type_check
def untyped(a: 'not a type') -> 'nonsense':
    pass


print(untyped.__no_type_check__)

UserId = NewType('UserId', int)
uid = UserId(5)
print(UserId, uid, type(uid), UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(e)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('Guido', 3)
print(e, e.name, Employee.__annotations__, Employee._fields)
Point = NamedTuple('Point', x=int, y=int)
print(Point(1, 2))

Movie = TypedDict('Movie', {'title': str, 'year': int})
m = Movie(title='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__))
try:
    isinstance(m, Movie)
except TypeError as err:
    print(err)
try:
    typing.assert_never(3)
except AssertionError as err:
    print(err)
