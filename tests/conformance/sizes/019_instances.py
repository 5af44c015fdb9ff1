import sys
class C:
    pass
class D:
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(sys.getsizeof(c))
print(sys.getsizeof(D()))
c.x = 1
print(sys.getsizeof(c))
class E(D):
    pass
print(sys.getsizeof(E()))
