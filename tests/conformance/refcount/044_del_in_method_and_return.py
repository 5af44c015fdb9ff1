class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def make(self):
        return D(self.name + "-child")
D("x").make()
print("--")
c = D("y").make()
print("kept", c.name)
print("--")
def f():
    D("tmp")
    print("after tmp")
f()
print("len", len([D("in expr")]))
print("end")
c = None
