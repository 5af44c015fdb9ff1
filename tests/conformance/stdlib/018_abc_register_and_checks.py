# ABCMeta.register and isinstance/issubclass through the registry, the caches and __subclasshook__.
import abc
from abc import ABC, abstractmethod


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
token = abc.get_cache_token()
print(Drawable.register(Circle) is Circle, abc.get_cache_token() != token)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable in Circle.__mro__)


class BigCircle(Circle):
    pass


print(issubclass(BigCircle, Drawable), isinstance(BigCircle(), Drawable))


@Drawable.register
class Square:
    pass


print(Square.__name__, issubclass(Square, Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance("s", Drawable))
print(Drawable.register(Circle) is Circle)
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)


class Sub(Drawable):
    pass


try:
    Drawable.register(Drawable)
    print("registered itself")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Sub.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance({}, Sized), isinstance(3, Sized))


class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Child(Hooked):
    pass


print(issubclass(Child, Hooked))
try:
    issubclass(3, Drawable)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Circle(), (str, Drawable)), issubclass(bool, (Drawable, str)))


@abc.update_abstractmethods
class Later(ABC):
    pass


def todo(self):
    pass


Later.todo = abstractmethod(todo)
print(Later.__abstractmethods__)
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__)
try:
    Later()
except TypeError as e:
    print("TypeError:", e)
