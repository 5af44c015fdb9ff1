a = [1, 2, 3]
it = iter(a)
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
a.append(4)
print(list(it), it.__length_hint__())
a.append(5)
print(list(it), next(it, "done"))
r = reversed(a)
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
a.pop()
a.pop()
print(list(r), r.__length_hint__())
b = [1, 2, 3, 4]
out = []
for x in b:
    out.append(x)
    if x == 2:
        b.remove(x)
print(out, b)
c = [0]
for x in c:
    if x < 5:
        c.append(x + 1)
print(c)
rv = a.__reversed__()
print(list(rv), list(reversed([])))
it2 = iter([])
print(it2.__length_hint__(), list(it2), iter(it2) is it2)
try:
    iter([]).__length_hint__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].__reversed__(1)
except TypeError as e:
    print(type(e).__name__, e)
