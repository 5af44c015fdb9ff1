class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
def f():
    x = D("x")
    with M():
        y = D("y")
        raise KeyError("k")
    print("after with in f")
f()
print("end")
