a = list(range(10))
print(a[0], a[-1], a[5], a[-10], a[True])
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7], a[5:2], a[100:], a[-100:2])
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1], a[-1:-11:-1])
print(a[slice(2, 6)], a[slice(None, None, 4)], a[slice(-2, None, -2)])
print(a[2 ** 70:], a[:2 ** 70], a[-2 ** 70:3], a[::2 ** 70], a[::-2 ** 70])
for idx in [10, -11, 2 ** 70, -2 ** 63 - 1]:
    try:
        a[idx]
    except IndexError as e:
        print(type(e).__name__, e)
for idx in ["x", 1.5, None, (1,)]:
    try:
        a[idx]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:"x"]
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 3
print(a[I()], a[I():], a[:I()], a[::I()])
print(a.__getitem__(4), a.__getitem__(slice(1, 3)))
try:
    a.__getitem__()
except TypeError as e:
    print(type(e).__name__, e)
copy = a[:]
print(copy == a, copy is a)
