import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy({'a': {1}}))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(type(q).__name__, q.x, q.y is p.y, r.y is p.y, r.y == p.y, q is p)
loop = [1]
loop.append(loop)
d = copy.deepcopy(loop)
print(d[1] is d, d is not loop, len(d))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
class Hooked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Hooked(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooked(self.v + 100)
h = Hooked(1)
print(copy.copy(h).v, copy.deepcopy(h).v, copy.deepcopy([h])[0].v)
class Slotted:
    __slots__ = ('a', 'b')
sl = Slotted()
sl.a = [1]
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a is sl.a, sd.a == sl.a, sd.a is sl.a, hasattr(sc, 'b'))
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, issubclass(copy.Error, Exception))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], len(memo))
class State:
    def __init__(self):
        self.items = [1]
    def __getstate__(self):
        return {'items': self.items, 'extra': 'e'}
    def __setstate__(self, st):
        print('setstate', sorted(st))
        self.__dict__.update(st)
st = copy.deepcopy(State())
print(st.items, st.extra)
