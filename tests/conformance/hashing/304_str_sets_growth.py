s = set()
for i in range(30):
    s.add('w%d' % i)
print(s)
for i in range(0, 30, 2):
    s.remove('w%d' % i)
print(s)
for c in 'abcdefgh':
    s.add(c)
print(s)
print(set('mississippi'), frozenset('abracadabra'))
print({'%d' % i for i in range(5)} | {'x', 'y'})
