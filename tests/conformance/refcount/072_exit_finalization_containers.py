class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
first = {"k1": D("dv1"), "k2": D("dv2")}
second = (D("t0"), D("t1"))
third = D("single")
def f():
    return D("ret")
kept = f()
print("done")
