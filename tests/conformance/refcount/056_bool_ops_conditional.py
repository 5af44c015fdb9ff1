import sys
a = []
b = [1]
x = a or b
print(x is b, sys.getrefcount(a), sys.getrefcount(b))
y = b and a
print(y is a, sys.getrefcount(a), sys.getrefcount(b))
z = a if b else b
print(z is a, sys.getrefcount(a))
print(sys.getrefcount(a or b))
print(sys.getrefcount(b or a))
w = not a
print(w, sys.getrefcount(a))
