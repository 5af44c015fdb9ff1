s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(s))
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter({1, 2, 3})
print(next(it), list(it))
t = {1, 2, 3}
it = iter(t)
next(it)
t.add(99)
try:
    next(it)
except RuntimeError as e:
    print(e)
t.discard(99)
try:
    next(it)
except RuntimeError as e:
    print('sticky', e)
s = {4, 5}
for x in s:
    s.add(x)
print(s)
