class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
b = a
print("1")
del a
print("2")
del b
print("3")
D("temp")
print("4")
x = D("x")
x = D("y")
print("5")
lst = [D("in list")]
lst.pop()
print("6")
lst.append(D("again"))
lst[0] = None
print("7")
