print(list(), list([1, 2]), list((3, 4)), list(range(3)), list("abc"), list({"a": 1, "b": 2}), list(x for x in range(3)))
a = [1, 2, 3]
b = list(a)
print(b == a, b is a)
c = a.copy()
c.append(4)
print(a, c)
a.reverse()
print(a)
e = []
e.reverse()
print(e)
a.__init__((7, 8))
print(a)
a.__init__()
print(a)
for bad in [1, None, 1.5]:
    try:
        list(bad)
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    list(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    a.copy(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    a.reverse(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)
print(list(Seq()))
class WithLen:
    def __len__(self):
        return 2
    def __iter__(self):
        return iter([9, 8, 7])
print(list(WithLen()))
print(list.__name__, type([]) is list, isinstance([], list))
