sq = lambda x: x * x
add = lambda a, b=1: a + b
print(sq(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, z=2))
print(sq.__name__, add.__defaults__, callable(sq), callable(5))
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
def deco(fn):
    def wrapper(*a):
        return "<" + str(fn(*a)) + ">"
    return wrapper
@deco
def hello(n):
    return n * 2
print(hello(21), hello.__name__)
print(sorted([(1, "b"), (0, "c")], key=lambda p: p[1]), list(map(lambda x: x + 1, [1, 2])))
