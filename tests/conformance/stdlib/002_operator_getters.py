import operator
from operator import itemgetter, attrgetter, methodcaller
g = itemgetter(1)
print(g([10, 20, 30]), g('xyz'), g({1: 'one'}))
g2 = itemgetter(0, 2)
print(g2('abc'), g2([[1], [2], [3]]))
print(repr(g), repr(g2), repr(itemgetter('k')))
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct
p = P('ann', P('bob'))
a = attrgetter('name')
print(a(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(repr(a), repr(attrgetter('child.name', 'name')))
m = methodcaller('greet', 'hi')
print(m(p), methodcaller('greet', 'yo', punct='?')(p))
print(repr(m), repr(methodcaller('greet', 'yo', punct='?')))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'))
rows = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
tests = [lambda: itemgetter(), lambda: g(), lambda: g([1], [2]), lambda: attrgetter(1),
         lambda: attrgetter('nope')(p), lambda: methodcaller(), lambda: methodcaller(3),
         lambda: g([1]), lambda: m(5)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(type(g).__name__, type(a).__name__, type(m).__name__)
