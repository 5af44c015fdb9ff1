# typing's aliases of the containers and abstract collections, Optional/Union/Callable/Tuple/Literal/
# ClassVar/Final/Type with CPython's reprs, __origin__/__args__, get_origin/get_args, caching (List[int]
# is List[int]), isinstance against the bare aliases, and | between typing objects and classes.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generator, Iterable, Iterator, List,
                    Literal, Mapping, MutableMapping, Optional, Sequence, Set, Tuple, Type, Union, get_args,
                    get_origin)

print(List, List[int], Dict[str, List[int]], Set[int], FrozenSet[str], Type[int], Tuple, Tuple[int, ...], Tuple[()])
print(Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]], Union[int], Union[int, int])
print(Callable, Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int, str], List[int]])
print(Iterable[int], Iterator, Generator[int, None, None], Sequence[str], Mapping[str, int], MutableMapping)
print(Any, ClassVar[int], Final[int], Literal[1, 'a', None], Literal[True], typing.Union, typing.Optional)
print(List['Node'], Dict[str, 'Node'])
print(List[int].__origin__, List[int].__args__, List.__origin__, Optional[int].__args__, Union[int, str].__origin__)
print(Callable[[int], str].__args__, Iterable.__origin__, Tuple[int, str].__origin__, Literal[1, 2].__args__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int), get_args(int), get_origin(Union[int, str]))
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., bool]), get_origin(list[int]), get_args(int | str))
print(List[int] is List[int], List[int] == List[int], hash(List[int]) == hash(List[int]), List[int] == list[int])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], Literal[1] == Literal[1], Literal[1] == Literal[True])
print(isinstance([], List), isinstance({}, Dict), issubclass(list, List), isinstance((), List), isinstance([], Sequence))
print(isinstance({}, Mapping), isinstance(iter([]), Iterator), isinstance([], Iterable), isinstance(3, Iterable))
print(int | List[int], List[int] | None, Optional[int] | str, None | Optional[int])
print(type(List[int]).__name__, type(List).__name__, type(Union[int, str]).__name__, type(Callable[[int], int]).__name__)
print(List.__doc__, Iterable.__doc__)
for alias in (List[int], Dict, Any, Union[int, str]):
    try:
        alias()
    except TypeError as e:
        print(e)
