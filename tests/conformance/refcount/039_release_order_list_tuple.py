class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
lst = [D("l0"), D("l1"), D("l2")]
del lst
print("--")
t = (D("t0"), D("t1"), D("t2"))
del t
print("--")
lst = [D("c0"), D("c1"), D("c2")]
lst.clear()
print("--")
lst = [D("s0"), D("s1"), D("s2"), D("s3")]
del lst[1:3]
print("--")
lst = None
print("end")
