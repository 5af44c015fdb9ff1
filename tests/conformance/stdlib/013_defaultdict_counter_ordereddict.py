from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], len(dd), 'c' in dd, dd['c'], sorted(dd))
print(dict(dd), dd.default_factory, defaultdict(int)['x'], defaultdict(None, {'k': 1}))
ddi = defaultdict(int, a=1)
ddi['b'] += 2
print(ddi, ddi.get('zz'), 'zz' in ddi)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError', e)
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common())
print(sorted(c.elements()), c.total(), Counter(), Counter({'x': 2, 'y': -1}))
c.update('aaz')
c.subtract({'b': 5})
print(c)
c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, -Counter(a=-2, b=3), +Counter(a=-2, b=3))
print(c1 == Counter(a=3, b=1, c=0), list(c1.items()), list(c1.keys()))
del c1['nothing']
print(c1)
od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
od.move_to_end('x')
print(od, list(od))
od.move_to_end('z', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('a', 1)]) == OrderedDict([('a', 1)]))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
for t in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('q')]:
    try:
        t()
    except KeyError as e:
        print('KeyError', e)
