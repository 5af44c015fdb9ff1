class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])
class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
print(list(reversed(Seq())))
print(list(reversed(Rev())))
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed([1, 2, 3])))
r = reversed(Seq())
print(type(r).__name__, next(r), list(r), list(r))
for bad in [lambda: reversed(), lambda: reversed(1), lambda: reversed({1}), lambda: reversed(NotRev()), lambda: reversed([], x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
