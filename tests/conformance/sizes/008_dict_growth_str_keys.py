import sys
d = {}
out = [sys.getsizeof(d)]
for i in range(40):
    d["k%d" % i] = i
    out.append(sys.getsizeof(d))
print(out)
