class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f(p):
    z = D("z")
    a = D("a")
    m = D("m")
    print("leaving f")
f(D("arg"))
print("--")
def g():
    second = D("second")
    first = D("first")
    del second
    print("leaving g")
g()
print("--")
def h():
    x = D("x")
    return D("ret")
r = h()
print("got", r.name)
r = None
print("end")
