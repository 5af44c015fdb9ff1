import sys
def inner(p):
    yield 1
    yield 2
def outer(p):
    yield from inner(p)
    yield 3
a = []
g = outer(a)
print(sys.getrefcount(a))
print(next(g), sys.getrefcount(a))
print(next(g), next(g), sys.getrefcount(a))
g.close()
print(sys.getrefcount(a))
def echo():
    got = None
    while True:
        got = yield got
e = echo()
next(e)
print(e.send(a) is a, sys.getrefcount(a))
e.send(None)
print(sys.getrefcount(a))
