d = {1: 1, 2: 2}
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
try:
    for key in d:
        del d[key]
        d[key + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2}
for key in d:
    d[key] = key * 10
print(d)
d = {'a': 1, 'b': 2}
try:
    for k, v in d.items():
        d.pop('b')
except RuntimeError as e:
    print(e)
it = iter({1: 2, 3: 4})
print(next(it), list(it), list(it))
d = {1: 1}
it = iter(d.values())
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
try:
    next(it)
except RuntimeError as e:
    print('sticky', e)
