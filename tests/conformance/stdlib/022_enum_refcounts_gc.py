# Members are held by the class namespace, _member_map_ and _value2member_map_; each member holds its class.
import gc
import sys
import weakref
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(sys.getrefcount(Color.RED), sys.getrefcount(Color.GREEN), sys.getrefcount(Color))
print(sys.getsizeof(Color.RED), gc.is_tracked(Color.RED))
r = Color(2)
print(sys.getrefcount(Color.GREEN))
del r


def make():
    class Temp(Enum):
        A = 1
        B = 2

    return weakref.ref(Temp), weakref.ref(Temp.A)


rc, ra = make()
print(rc() is None, ra() is None)
gc.collect()
print(rc(), ra())
print(Color._member_names_, Color._value2member_map_)
