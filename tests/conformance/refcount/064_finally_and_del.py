class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    x = D("x")
    try:
        return "ret"
    finally:
        print("finally")
print(f())
def g():
    try:
        y = D("y")
        del y
        print("body")
    finally:
        print("finally g")
g()
def h():
    for i in range(2):
        z = D("z%d" % i)
    print("loop done")
h()
print("end")
