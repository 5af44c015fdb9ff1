log = []
class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return "K(%r,%r)" % (self.v, self.tag)

items = [K(v, i) for i, v in enumerate([5, 2, 8, 2, 9, 1, 5, 3])]
items.sort()
print(items)
print(len(log), log)
log.clear()
items.sort(reverse=True)
print(items)
print(len(log), log)
log.clear()
vals = [(i * 31) % 97 for i in range(150)]
many = [K(v, i) for i, v in enumerate(vals)]
many.sort()
print([k.v for k in many][:20])
print(len(log), log[:10], log[-10:])
log.clear()
keyed = [K(v, i) for i, v in enumerate(vals)]
keyed.sort(key=lambda k: -k.v)
print([k.tag for k in keyed][:20])
