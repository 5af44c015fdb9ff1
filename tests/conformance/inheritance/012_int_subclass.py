# int subclasses: instances are ints of the subclass with a plain __dict__ (no __weakref__), arithmetic
# gives exact ints, repr/hash/comparison are int's, small values are not the cached small ints.
import sys, gc, weakref
class MyInt(int):
    pass
x = MyInt(5)
print(x, repr(x), type(x).__name__, isinstance(x, int), x == 5, hash(x) == hash(5), x is int("5"))
print(type(x + 1), type(x * 2), type(-x), type(+x), type(abs(x)), type(x // 2), type(x << 1), type(~x))
print(int(x), type(int(x)), float(x), x.bit_length(), x.real, type(x.real), x.__index__())
print(sys.getsizeof(x), sys.getsizeof(5), sys.getsizeof(MyInt(2 ** 100)), sys.getsizeof(MyInt()))
print(gc.is_tracked(x), gc.is_tracked(5), sys.getrefcount(x), MyInt.__basicsize__, MyInt.__itemsize__)
x.unit = "m"
print(x.unit, x.__dict__, vars(x), sys.getsizeof(x))
try:
    weakref.ref(x)
except TypeError as e:
    print("TypeError", e)
print(MyInt("ff", 16), MyInt(3.9), MyInt(), MyInt(-7) % 3, divmod(MyInt(7), 2))
print(sorted([MyInt(3), 1, MyInt(2)]), {MyInt(1): "a"}[1], [1, 2, 3][MyInt(1)])
class Pos(int):
    def __add__(self, other):
        return Pos(int(self) + int(other))
    def __repr__(self):
        return f"Pos({int(self)})"
p = Pos(2) + 3
print(p, type(p).__name__, 3 + Pos(2), type(3 + Pos(2)).__name__, str(Pos(4)))
class Flag(int):
    def __bool__(self):
        return False
print(bool(Flag(3)), bool(MyInt(0)), bool(MyInt(9)), Flag(3) or "empty")
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(int.__new__(MyInt, 42), type(int.__new__(MyInt, 42)).__name__)
for bad in [lambda: int.__new__(bool, 1), lambda: int.__new__(str), lambda: MyInt("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
