import sys
a = []
def f():
    return a
x = f()
print(sys.getrefcount(a))
def make():
    return [1, 2]
y = make()
print(sys.getrefcount(y))
def ident(p):
    return p
z = ident(a)
print(sys.getrefcount(a))
print(sys.getrefcount(ident(a)))
print(sys.getrefcount(make()))
def pair():
    return a, a
t = pair()
print(sys.getrefcount(a))
