class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print("contains", v)
        return v in self.items
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:], 2 in b, 9 not in b, bool(b), bool(Bag()))
b[0] = 10
del b[1]
print(b.items, list(b), [x for x in b], sorted(b))
