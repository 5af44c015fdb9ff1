class D:
    def __init__(self, name):
        print("init", name)
        self.name = name
    def __del__(self):
        print("del", self.name)
x = D("first")
x = D("second")
print("--")
lst = [D("elem0")]
lst[0] = D("elem1")
print("--")
d = {"k": D("v0")}
d["k"] = D("v1")
print("--")
class H:
    pass
h = H()
h.attr = D("a0")
h.attr = D("a1")
print("end")
