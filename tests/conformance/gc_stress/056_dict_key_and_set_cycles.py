import gc
gc.collect()
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n
table = {}
for i in range(4):
    k = Key(i)
    k.table = table
    table[k] = [i]
del k
print("tracked", gc.is_tracked(table))
del table
print("dict keyed by owners", gc.collect())
s = set()
m = Key(7)
m.container = s
s.add(m)
del s, m
print("set <-> member", gc.collect())
lst = []
fs = frozenset([(1, 2), Key(3)])
lst.append(fs)
inner = list(fs)
for item in inner:
    if isinstance(item, Key):
        item.back = lst
del lst, fs, inner, item
print("frozenset path", gc.collect())
