import sys
class C:
    @classmethod
    def cm(cls):
        return sys.getrefcount(cls)
    @staticmethod
    def sm(p):
        return sys.getrefcount(p)
    def m(self):
        return sys.getrefcount(self)
print(sys.getrefcount(C))
print(C.cm())
c = C()
print(c.cm())
a = []
print(C.sm(a), c.sm(a))
print(c.m())
print(C.sm([]))
