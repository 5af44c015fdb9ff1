import weakref
class NoWeak:
    __slots__ = ("a",)
class WithWeak:
    __slots__ = ("a", "__weakref__")
class Empty:
    __slots__ = ()
for cls in [NoWeak, WithWeak, Empty]:
    obj = cls()
    try:
        r = weakref.ref(obj)
        print(cls.__name__, "ok", r() is obj)
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
class Sub(NoWeak):
    pass
s = Sub()
print("subclass without slots", weakref.ref(s)() is s)
