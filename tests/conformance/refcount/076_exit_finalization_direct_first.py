class D:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
x1 = [D("a0"), D("a1")]
x2 = D("b", D("bchild"))
x3 = D("c")
print("done")
