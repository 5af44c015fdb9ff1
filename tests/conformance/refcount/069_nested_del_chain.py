class D:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
top = D("top", D("mid", D("leaf")))
del top
print("--")
leaf = D("leaf2")
top = D("top2", leaf)
del top
print("leaf alive", leaf.name)
del leaf
print("--")
holder = [D("h0", D("h0c")), D("h1")]
holder = None
print("end")
