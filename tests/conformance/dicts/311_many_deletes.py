import sys
d = {}
for i in range(100):
    d[i] = i
for i in range(95):
    del d[i]
print(d, sys.getsizeof(d))
for i in range(200, 210):
    d[i] = i
print(list(d), sys.getsizeof(d))
e = {str(i): i for i in range(50)}
for i in range(0, 50, 3):
    e.pop(str(i))
print(list(e)[:10], len(e), sys.getsizeof(e))
f = e.copy()
print(list(f) == list(e), sys.getsizeof(f))
