import sys as system
from math import sqrt, pi as PI
from sys import getrecursionlimit
import math, sys
print(system is sys, sqrt(9), round(PI, 3), getrecursionlimit() == sys.getrecursionlimit())
print(sys.__name__, math.__name__, type(math).__name__, __name__)
def f():
    import math as m
    return m.floor(3.9)
print(f(), "m" in globals())
try:
    from math import nosuch
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    math.nosuch
except AttributeError as e:
    print(e)
