# TypeVar (repr, bound, constraints, variance) and user generic classes: class Stack(Generic[T]),
# __parameters__, __orig_bases__, subscripting (Stack[int]), __orig_class__, substitution of aliases
# (Dict[str, T][int], list[T][int]), and the errors of Generic.
from typing import Dict, Generic, List, Optional, Tuple, TypeVar

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', bound=int)
S = TypeVar('S', str, bytes)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, N, S, Co, Contra, T.__name__, N.__bound__, S.__constraints__, Co.__covariant__, T.__bound__)
print(T.__module__, type(T).__name__)


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, s.__orig_class__, type(s).__name__)
print(Stack.__parameters__, Stack.__orig_bases__, Stack.__mro__, Stack.__bases__)
print(Stack[int], Stack[str] == Stack[str], Stack[int] is Stack[int], Stack[int].__origin__ is Stack)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value


class Named(Pair[str, V]):
    pass


print(Pair[str, int], Named.__parameters__, Named[float], Named.__orig_bases__)
print(Named('a', 1).key, isinstance(Named('a', 1), Pair))
print(Dict[K, V], Dict[str, T][int], List[T][str], list[T], list[T][int], dict[str, T][bytes], Tuple[T, ...][int])
print(Dict[K, V].__parameters__, Optional[T], Optional[T][int], list[T].__parameters__, (T | None))

for bad in (lambda: Generic[int], lambda: Generic[T, T], lambda: Stack[int, str], lambda: List[int][str],
            lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
            lambda: TypeVar('X', covariant=True, contravariant=True), lambda: Generic()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    class Plain(Generic):
        pass
except TypeError as e:
    print(e)

try:
    class Missing(Pair[K, V], Generic[K]):
        pass
except TypeError as e:
    print(e)
