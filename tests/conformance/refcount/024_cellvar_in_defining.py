import sys
def outer(p):
    q = []
    def inner():
        return p, q
    print(sys.getrefcount(q))
    print(sys.getrefcount(p))
    return inner
a = []
fn = outer(a)
print(sys.getrefcount(a))
fns = [outer(a) for i in range(3)]
print(sys.getrefcount(a))
print(fn.__closure__[0].cell_contents is a)
del fn, fns
print(sys.getrefcount(a))
