import sys
def gen(p):
    try:
        yield 1
        yield 2
    finally:
        print("finally", sys.getrefcount(p))
a = []
g = gen(a)
print(next(g))
print(sys.getrefcount(a))
g.close()
print("closed", sys.getrefcount(a))
g = gen(a)
next(g)
print("rebind")
g = None
print(sys.getrefcount(a))
g = gen(a)
for v in g:
    print("v", v)
print(sys.getrefcount(a))
