# ABC classes hold a reference to ABCMeta; registered classes are kept weakly; abstract classes are collected.
import gc
import sys
import weakref
from abc import ABC, ABCMeta, abstractmethod

before = sys.getrefcount(ABCMeta)


class Base(ABC):
    @abstractmethod
    def f(self):
        ...


print(sys.getrefcount(ABCMeta) - before)


class Impl:
    def f(self):
        return 1


r = sys.getrefcount(Impl)
Base.register(Impl)
print(sys.getrefcount(Impl) - r, isinstance(Impl(), Base))
wr = weakref.ref(Impl)
del Impl
gc.collect()
print(wr())


def make():
    class Local(ABC):
        @abstractmethod
        def g(self):
            ...

    return weakref.ref(Local)


w = make()
gc.collect()
print(w(), sys.getrefcount(ABCMeta) - before)
print(type(Base).__name__, Base.__module__, ABCMeta.__module__, ABC.__module__, repr(ABCMeta))
print(sys.getsizeof(Base) == sys.getsizeof(type("P", (), {})), ABC.__slots__)
