import sys
a = []
b = []
lst = [a, b]
for x in lst:
    print(sys.getrefcount(x))
print(sys.getrefcount(b))
x = None
print(sys.getrefcount(b))
def f():
    for y in lst:
        print("local", sys.getrefcount(y))
    return sys.getrefcount(b)
print(f())
for x in (a, a):
    print("tuple", sys.getrefcount(a))
