a = [0, 1, 2, 3, 4]
print(a[10:20], a[-10:2], a[3:1], a[3:1:-1], a[::-1][:2], a[-1:-6:-1], a[4:-6:-1])
s = "python"
print(s[::-2], s[1::2], s[-2:], s[:-2], s[100::-1])
b = a[:]
b[1:4] = []
print(b)
b[len(b):] = [7, 8]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
t = tuple(a)
print(t[1:3], t[::-1][1:3])
