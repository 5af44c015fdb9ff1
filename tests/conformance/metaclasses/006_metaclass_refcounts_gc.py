# Each class holds one reference to its metaclass; classes and metaclasses in cycles are collected.
import gc
import sys
import weakref


class Meta(type):
    pass


print(sys.getrefcount(Meta))
classes = [Meta('C%d' % i, (), {}) for i in range(3)]
print(sys.getrefcount(Meta))


class A(metaclass=Meta):
    pass


print(sys.getrefcount(Meta), sys.getrefcount(A))
del classes
gc.collect()
print(sys.getrefcount(Meta))
r = weakref.ref(A)
del A
print(r() is not None, gc.collect() > 0, r())
print(sys.getrefcount(Meta))


def make():
    class LocalMeta(type):
        def __del__(cls):
            pass

    class Local(metaclass=LocalMeta):
        pass

    return weakref.ref(LocalMeta), weakref.ref(Local)


rm, rc = make()
print(rm() is not None, rc() is not None)
gc.collect()
print(rm(), rc())
print(sys.getsizeof(Meta) == sys.getsizeof(type('Plain', (), {'__slots__': ()})))


class WithMeta(metaclass=Meta):
    pass


class Plain:
    pass


print(sys.getsizeof(WithMeta) == sys.getsizeof(Plain), sys.getsizeof(Meta) < sys.getsizeof(Plain))
print(gc.is_tracked(WithMeta), gc.is_tracked(Meta))
print(Meta in gc.get_referents(WithMeta), Meta in gc.get_referents(Plain))
print(type(WithMeta) is Meta, type.__subclasses__(Meta))


class SubMeta(Meta):
    pass


print(type.__subclasses__(Meta), type.__subclasses__(SubMeta), SubMeta in type.__subclasses__(type))
