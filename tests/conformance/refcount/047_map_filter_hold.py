import sys
lst = [1, 2, 3]
def f(x):
    return x
print(sys.getrefcount(lst))
m = map(f, lst)
print(sys.getrefcount(lst))
fl = filter(None, lst)
print(sys.getrefcount(lst))
print(list(m), list(fl))
print(sys.getrefcount(lst))
del m, fl
print(sys.getrefcount(lst))
s = sorted(lst)
print(sys.getrefcount(lst), s == lst, s is lst)
