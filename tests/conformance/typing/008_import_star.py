# from module import *: typing's __all__ names are bound (and nothing private), a module without
# __all__ gives its public names; the refcount a star import adds to the names it binds.
import sys
from typing import *

print(List[int], Optional[str], Any, Callable[[int], int], TypeVar('T'), cast(int, 1), TYPE_CHECKING)
print('_GenericAlias' in globals(), 'sys' in globals(), 'functools' in globals())
from types import *
print(SimpleNamespace(a=1), GenericAlias, 'sys' in dir())
from math import *
print(pi, floor(2.5), '_' + 'x' not in globals())
import typing
print(sorted(n for n in typing.__all__ if n not in globals()))


def f():
    return [name for name in ('List', 'Dict', 'Union') if name in globals()]


print(f())
