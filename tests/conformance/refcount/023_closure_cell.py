import sys
def outer():
    x = []
    print("in outer", sys.getrefcount(x))
    def f():
        return x
    def g():
        return len(x)
    print("with closures", sys.getrefcount(x))
    return f, g
f, g = outer()
x = f()
print(sys.getrefcount(x))
del g
print(sys.getrefcount(x))
del f
print(sys.getrefcount(x))
