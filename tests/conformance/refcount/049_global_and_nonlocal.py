import sys
g = None
def setg(v):
    global g
    g = v
a = []
setg(a)
print(sys.getrefcount(a))
setg(None)
print(sys.getrefcount(a))
def outer():
    cell = None
    def put(v):
        nonlocal cell
        cell = v
    def rc():
        return sys.getrefcount(cell)
    put(a)
    print(sys.getrefcount(a))
    return rc
r = outer()
print(sys.getrefcount(a), r())
del r
print(sys.getrefcount(a))
