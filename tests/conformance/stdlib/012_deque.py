from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, list(d))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([9, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
b = deque(range(5), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(9)
b.appendleft(7)
print(b)
b.extend([1, 2, 3, 4])
print(b, list(reversed(b)))
d2 = deque('xyz')
d2[1] = 'Y'
del d2[0]
print(d2, d2.count('z'), d2.index('z'), d2 == deque(['Y', 'z']), d2 == ['Y', 'z'])
d2.clear()
print(d2, bool(d2), repr(deque(maxlen=0)))
e = deque([1, 2])
e.insert(1, 5)
e.remove(1)
e.reverse()
print(e, e.copy(), e + deque([0]))
for t in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
          lambda: deque([1]).remove(2), lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2),
          lambda: deque([1])[0:1], lambda: hash(deque())]:
    try:
        t()
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
