a = [3, 1, 2]
def key_append(x):
    a.append(x)
    return x
try:
    a.sort(key=key_append)
except ValueError as e:
    print(type(e).__name__, e)
print(a)
b = [3, 1, 2]
def key_clear(x):
    b.clear()
    return x
b.sort(key=key_clear)
print(b)
c = [3, 1, 2]
seen = []
def key_len(x):
    seen.append(len(c))
    return x
c.sort(key=key_len)
print(c, seen)
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 7 or other.v == 7:
            raise RuntimeError("boom")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
d = [Boom(v) for v in [9, 3, 7, 1, 5]]
try:
    d.sort()
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(x.v for x in d))
def bad_key(x):
    if x == 4:
        raise KeyError(x)
    return -x
e = [1, 5, 4, 2]
try:
    e.sort(key=bad_key)
except KeyError as ex:
    print(type(ex).__name__, ex)
print(e)
f = [2, 1]
try:
    f.sort(key=lambda x: [x] if x == 1 else x)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(f)
