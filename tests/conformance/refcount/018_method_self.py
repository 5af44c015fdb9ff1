import sys
class C:
    def m(self):
        return sys.getrefcount(self)
    def m2(self, other):
        return sys.getrefcount(other)
obj = C()
print(sys.getrefcount(obj))
print(obj.m())
print(C.m(obj))
print(C().m())
print(obj.m2(obj))
print(obj.m2(C()))
alias = obj
print(obj.m())
