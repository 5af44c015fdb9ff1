class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
b = D("b")
a = D("a")
c = D("c")
lst = [D("l0"), D("l1")]
a2 = a
print("last line")
