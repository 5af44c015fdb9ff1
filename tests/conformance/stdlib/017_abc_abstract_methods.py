# ABC and abstractmethod: classes with abstract methods cannot be instantiated until all are overridden.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class RealSquare(Square):
    def perimeter(self):
        return 4 * self.side


for cls in (Shape, Square):
    try:
        cls(2)
    except TypeError as e:
        print("TypeError:", e)
s = RealSquare(3)
print(s.describe(), s.perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), RealSquare.__abstractmethods__)
print(type(Shape) is ABCMeta, type(ABC) is ABCMeta, ABC.__abstractmethods__, isinstance(s, ABC))
print(Shape.area.__isabstractmethod__, hasattr(RealSquare.area, "__isabstractmethod__"))


class WithProperty(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


try:
    WithProperty()
except TypeError as e:
    print("TypeError:", e)


class Concrete(WithProperty):
    name = "concrete"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 1


print(Concrete.make().name, Concrete.helper(), Concrete.__abstractmethods__)
print(WithProperty.__dict__["name"].__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)


class Direct(metaclass=ABCMeta):
    @abstractmethod
    def run(self, x):
        return x + 1


class Runner(Direct):
    def run(self, x):
        return super().run(x) * 10


print(Runner().run(1))


class Plain:
    pass


try:
    Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", repr(e))
Plain.__abstractmethods__ = frozenset({"x", "a"})
try:
    Plain()
except TypeError as e:
    print("TypeError:", e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
Plain.__abstractmethods__ = ["only"]
try:
    Plain()
except TypeError as e:
    print("TypeError:", e)
del Plain.__abstractmethods__
print(type(Plain()).__name__)
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", repr(e))
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", repr(e))
