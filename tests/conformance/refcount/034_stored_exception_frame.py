import sys
def f(p):
    local = p
    raise ValueError("x")
a = []
try:
    f(a)
except ValueError as e:
    print("handler", sys.getrefcount(a))
    err = e
print("stored", sys.getrefcount(a))
tb = err.__traceback__
del err
print("tb only", sys.getrefcount(a))
del tb
print("dropped", sys.getrefcount(a))
try:
    f(a)
except ValueError:
    print("no name", sys.getrefcount(a))
print("after", sys.getrefcount(a))
