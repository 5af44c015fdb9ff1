s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(-3, None)], "abcdefgh"[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(data[slice(None, None, -3)], (1, 2, 3, 4)[slice(1, None)])
class Show:
    def __getitem__(self, k):
        return k
x = Show()
print(x[1:2], x[::3], x[1:2, 3], x[...], x[:])
try:
    data[::0]
except ValueError as e:
    print(e)
