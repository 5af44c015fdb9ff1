a = list(range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[8:2:-2])
a[2:5] = ["x"]
print(a)
a[:0] = [-1, -2]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
a[1:1] = "ab"
print(a)
b = [1, 2, 3]
b[5:] = [4]
print(b)
