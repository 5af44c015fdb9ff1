# Each instance of a subclass of a builtin holds a reference to its class; the items of a tuple subclass and the
# value copied into an int subclass; gc.get_count() moves by one per instance (all heap types have GC).
import sys, gc
class I(int): pass
class T(tuple): pass
class S(set): pass
class B(bytes): pass
class F(float): pass
for C, arg in ((I, 5), (T, (1,)), (S, [1]), (B, b'x'), (F, 1.0)):
    before = sys.getrefcount(C)
    objs = [C(arg) for _ in range(3)]
    print(C.__name__, sys.getrefcount(C) - before, sys.getrefcount(objs[0]))
    del objs
    print(sys.getrefcount(C) - before)
big = 10 ** 30
t = T([big, big])
print(sys.getrefcount(big))
x = I(big)
print(sys.getrefcount(big), x == big, x is big)
gen0 = gc.get_count()[0]
y = T((1, 2)); z = I(7); w = F(1.0)
print(gc.get_count()[0] - gen0)
del y, z, w
print(gc.get_count()[0] - gen0)
