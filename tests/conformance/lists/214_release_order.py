class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = [D("a0"), D("a1"), D("a2")]
print("clear")
a.clear()
b = [D("b0"), D("b1"), D("b2"), D("b3")]
print("del slice")
del b[1:3]
print("del extended")
c = [D("c0"), D("c1"), D("c2"), D("c3"), D("c4")]
del c[::2]
print("del extended negative")
c2 = [D("n0"), D("n1"), D("n2"), D("n3"), D("n4")]
del c2[::-2]
print("assign extended")
c2[::1] = []
print("setitem")
d = [D("d0")]
d[0] = D("d0-new")
print("slice assign")
e = [D("e0"), D("e1"), D("e2")]
e[0:2] = [D("e-new")]
print("pop")
f = [D("f0"), D("f1")]
f.pop()
print("after pop")
f.pop(0)
print("remove")
g = [D("g0"), D("g1")]
g.remove(g[0])
print("imul zero")
h = [D("h0"), D("h1")]
h *= 0
print("rebind")
i = [D("i0"), D("i1"), D("i2")]
i = None
print("del name")
j = [D("j0"), D("j1")]
del j
print("init")
k = [D("k0"), D("k1")]
k.__init__([1])
print("extended assign")
m = [D("m0"), D("m1"), D("m2"), D("m3")]
m[::2] = [1, 2]
print("cleanup")
del a, b, c, c2, d, e, f, g, h, i, k, m
print("end")
