class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
d = {"b": D("vb"), "a": D("va"), "c": D("vc")}
del d
print("--")
d = {}
d[2] = D("two")
d[1] = D("one")
d[3] = D("three")
del d[1]
d.clear()
print("--")
d = {D("k1"): 1, D("k2"): 2}
del d
print("end")
