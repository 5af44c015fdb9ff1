import sys
x = []
print(x, sys.getrefcount(x))
print((x, sys.getrefcount(x)))
print([x, x, sys.getrefcount(x)])
print([sys.getrefcount(x)])
print({"k": x, "n": sys.getrefcount(x)})
print(len([x, x, x, x]), sys.getrefcount(x))
t = (x, sys.getrefcount(x), x, sys.getrefcount(x))
print(t[1], t[3])
def f(*args):
    return args[-1]
print(f(x, x, sys.getrefcount(x)))
