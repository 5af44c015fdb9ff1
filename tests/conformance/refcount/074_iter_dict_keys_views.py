import sys
class K:
    pass
k1 = K()
k2 = K()
d = {k1: 1, k2: 2}
for k in d:
    print(sys.getrefcount(k))
for k in d.keys():
    print(sys.getrefcount(k))
ks = d.keys()
print(sys.getrefcount(d))
it = iter(ks)
print(sys.getrefcount(d))
del ks, it
print(sys.getrefcount(d))
print(sys.getrefcount(k1))
