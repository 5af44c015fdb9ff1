import sys
s = set()
out = [sys.getsizeof(s)]
for i in range(40):
    s.add(i)
    out.append(sys.getsizeof(s))
print(out)
s.clear()
print(sys.getsizeof(s))
