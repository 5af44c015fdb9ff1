# copy.copy / copy.deepcopy of instances of subclasses of builtins follow object.__reduce_ex__(4):
# cls.__new__(cls, *__getnewargs__()), the __dict__, then a list's or dict's items; set subclasses through
# set.__reduce__; a class's own __reduce__ (Counter, OrderedDict) is used.
import copy
from collections import Counter, OrderedDict, defaultdict, namedtuple
class L(list):
    pass
class D(dict):
    pass
class I(int):
    pass
class T(tuple):
    pass
class S(set):
    pass
class F(float):
    pass
class Str(str):
    pass
l = L([1, [2]])
l.tag = "l"
d = D(a=[1])
d.tag = "d"
i = I(5)
i.tag = "i"
for obj in (l, d, i, T([1, [2]]), S([1, 2]), F(2.5), Str("s"), Counter("aab"), OrderedDict(b=1, a=2),
            defaultdict(list, k=[1]), namedtuple("P", "x y")(1, [2])):
    c = copy.copy(obj)
    dc = copy.deepcopy(obj)
    print(type(c).__name__, c, c == obj, c is obj, getattr(c, "__dict__", None), type(dc).__name__, dc == obj)
lc = copy.copy(l)
ld = copy.deepcopy(l)
print(lc[1] is l[1], ld[1] is l[1], ld.tag)
nested = L([l, l])
dn = copy.deepcopy(nested)
print(dn[0] is dn[1], dn[0] is l, type(dn[0]).__name__)
