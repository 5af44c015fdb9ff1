import sys
d = {i: i for i in range(20)}
print(sys.getsizeof(d))
for i in range(15):
    del d[i]
print(sys.getsizeof(d), len(d))
d.clear()
print(sys.getsizeof(d))
d[1] = 1
print(sys.getsizeof(d))
e = {"a": 1, "b": 2}
print(sys.getsizeof(e))
print(sys.getsizeof(dict(a=1)), sys.getsizeof(dict()))
print(sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
