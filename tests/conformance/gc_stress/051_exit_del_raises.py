class Fail:
    def __init__(self, name):
        self.name = name
    def __call__(self):
        print("finalizer", self.name)
        raise RuntimeError("cannot finalize " + self.name)
    def __repr__(self):
        return "<Fail " + self.name + ">"
class A:
    __del__ = Fail("A")
class B:
    __del__ = Fail("B")
a = A()
b = B()
b.me = b
print("end of program")
