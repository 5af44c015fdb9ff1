class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
c = C()
print(c.m is c.m, c.m == c.m)
print(C.m is C.m, C.s is C.s, c.s is C.s)
print(c.m.__func__ is C.m, c.m.__self__ is c)
print(type(c) is C, c.__class__ is C)
