import sys
class O:
    pass
o = O()
base = sys.getrefcount(o)
t = (o, o)
print(sys.getrefcount(o) - base)
u = t * 3
print(sys.getrefcount(o) - base)
v = t + u
print(sys.getrefcount(o) - base)
w = v[1:4]
print(sys.getrefcount(o) - base)
del u, v, w
print(sys.getrefcount(o) - base)
tt = (1, 2, 3, o)
print(sys.getrefcount(tt))
same = tt[:]
print(sys.getrefcount(tt), same is tt)
del same
x = tuple(tt)
print(sys.getrefcount(tt))
del x
it = iter(tt)
print(sys.getrefcount(tt))
for _ in it:
    pass
print(sys.getrefcount(tt))
del it
lst = [o, o, o]
tl = tuple(lst)
print(sys.getrefcount(o) - base)
del tl, lst, t, tt
print(sys.getrefcount(o) - base)
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
tup = (D(0), D(1), D(2))
print("dropping")
del tup
print("done")
