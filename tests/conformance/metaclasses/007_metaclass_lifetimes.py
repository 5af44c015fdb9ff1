# The metaclass reference held while the class body and __new__ run, __class__ cells and super() under a metaclass,
# collectable self-referencing classes, __slots__ in classes with a metaclass, gc.get_referents of a class.
import sys, gc
class M(type):
    def __new__(mcls, name, bases, ns):
        print("rc during new", sys.getrefcount(mcls))
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class A(metaclass=M):
    print("rc in body", sys.getrefcount(M))
    def f(self):
        return __class__
print(A().f() is A, sys.getrefcount(M))
class B(A):
    def g(self):
        return super().f()
print(B().g() is A, sys.getrefcount(M))
gc.collect()
class Cyc(metaclass=M): pass
Cyc.self = Cyc
del Cyc
print(gc.collect(), sys.getrefcount(M))
class WithSlots(metaclass=M):
    __slots__ = ('a',)
w = WithSlots(); w.a = 1
print(w.a, sys.getsizeof(WithSlots) == sys.getsizeof(type('Z', (), {'__slots__': ('a',)})))
print(gc.get_referents(A)[0] is M)
