vals = [0, 7, -7, 255, 3.99, -3.99, True, 10 ** 20]
for v in vals:
    print(repr(v), "%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d" % (v, v, v, v, v, v, v, v, v))
for v in [0, 255, -255, True]:
    print(repr(v), "%x|%X|%o|%#x|%#X|%#o|%08x|%#08x|%-#8x|" % (v, v, v, v, v, v, v, v, v))
for v in [0.0, 1.5, -2.25, 3.14159, 1e20, 1.5e-7, 100, True, float("inf"), float("nan"), -0.0]:
    print(repr(v), "%f|%.2f|%10.3f|%-10.1f|%+f|% f|%010.2f|%e|%.3E|%g|%G|%#g|%.0f|%#.0f" % ((v,) * 14))
print("%.1f %.1f %.1f %.1f" % (0.25, 0.35, 2.5, -0.05))
print("%d" % 3.0, "%i" % -0.5, "%x" % 255, "%c" % 65)
class Idx:
    def __index__(self):
        return 12
print("%d %x %c" % (Idx(), Idx(), Idx()))
class Flt:
    def __float__(self):
        return 2.5
print("%f %.1e" % (Flt(), Flt()))
