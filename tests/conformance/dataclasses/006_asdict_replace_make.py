# asdict/astuple (recursive, deep copies, dict_factory), replace() (and its errors for init=False
# fields), make_dataclass, recursive repr, and the errors of fields()/asdict() on non-dataclasses.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass


@dataclass
class Item:
    name: str
    qty: int = 1


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    created: int = field(default=0, init=False)


o = Order(7, [Item('pen', 2), Item('ink')], {'gift': Item('card')})
d = asdict(o)
print(d)
print(astuple(o))
print(d['items'][0] is o.items[0], type(d['items'][0]).__name__)
print(asdict(o, dict_factory=lambda pairs: [k for k, _ in pairs]))
o2 = replace(o, id=8)
print(o2, o2.items is o.items)
try:
    replace(o, created=5)
except ValueError as e:
    print(e)
try:
    replace(o, nope=1)
except TypeError as e:
    print(e)

for bad in (3, Item):
    try:
        asdict(bad)
    except TypeError as e:
        print(e)
try:
    dataclasses.fields(3)
except TypeError as e:
    print(e)

Pair = make_dataclass('Pair', ['left', ('right', int), ('extra', list, field(default_factory=list))],
                      namespace={'total': lambda self: self.left + self.right}, frozen=True)
p = Pair(1, 2)
print(p, p.total(), Pair.__qualname__, Pair.__module__ == __name__, Pair.__doc__)
for bad in (['a', 'a'], ['class'], [3]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print(e)


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


t = Tree(1)
t.children.append(t)
print(t)
print(asdict(Tree(1, [Tree(2), Tree(3, [Tree(4)])])))
