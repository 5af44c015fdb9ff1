import sys
a = []
def f():
    b = a
    c = a
    print("inside", sys.getrefcount(a))
    del c
    print("after del", sys.getrefcount(a))
f()
print("after return", sys.getrefcount(a))
def g():
    x = []
    y = x
    print("local", sys.getrefcount(x))
    return None
g()
def h():
    lst = [a, a]
    return len(lst)
print(h(), sys.getrefcount(a))
