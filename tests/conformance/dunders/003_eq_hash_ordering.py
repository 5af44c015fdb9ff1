class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        print("eq", self.x, getattr(o, "x", o))
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        return self.x < o.x
    def __hash__(self):
        return hash(self.x)
    def __repr__(self):
        return "V%d" % self.x
a, b = V(1), V(1)
print(a == b, a != b, a is b)
print(sorted([V(3), V(1), V(2)]), V(1) < V(2), V(5) > V(2))
print(len({a, b}), {a: 1}[b])
print(a == 5)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
