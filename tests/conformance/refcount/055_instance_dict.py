import sys
class C:
    pass
a = []
c = C()
c.x = a
c.y = a
print(sys.getrefcount(a))
d = vars(c)
print(sys.getrefcount(a), d is c.__dict__, sorted(d))
d["z"] = a
print(sys.getrefcount(a), c.z is a)
del d
c.__dict__.clear()
print(sys.getrefcount(a), hasattr(c, "x"))
