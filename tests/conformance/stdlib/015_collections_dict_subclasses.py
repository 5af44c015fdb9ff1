# defaultdict, Counter and OrderedDict are dict subclasses: isinstance(x, dict), dict's methods and views,
# __missing__ through dict's subscript, reprs, copies, and sys.getsizeof of defaultdict and Counter.
import sys, gc, copy
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, isinstance(dd, dict), defaultdict.__mro__, dd.default_factory, len(dd), dd.get("zz"), "zz" in dd)
print(sys.getsizeof(defaultdict(int)), sys.getsizeof({}), gc.is_tracked(dd), sys.getrefcount(dd), hasattr(dd, "__dict__"))
print(dd.copy(), copy.copy(dd), copy.deepcopy(dd), dd | {"c": 2}, {"c": 2} | dd, dict(dd), {**dd}, dd == {"a": [1], "b": []})
print(list(dd.keys()), list(dd.items()), dd.pop("b"), dd.setdefault("q", 5), dd)
dd.default_factory = None
try:
    dd["missing"]
except KeyError as e:
    print("KeyError", e)
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t["a"]["b"]["c"] = 1
print(t, type(t["a"]).__name__)
counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1])[:2])
c = Counter("mississippi")
print(c, isinstance(c, dict), Counter.__mro__, sys.getsizeof(Counter()), gc.is_tracked(c), c["zz"], "zz" in c)
c["new"] += 2
del c["absent"]
print(c.most_common(2), c.total(), sorted(c.elements())[:5], dict(c) == c, type(c.copy()).__name__)
print(Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5), Counter("ab") == Counter("ba"))
c2 = Counter(c)
c2 -= Counter("ssss")
print(c2, copy.copy(c), copy.deepcopy(Counter(x=1)))
c.owner = "test"
print(c.owner, c.__dict__, Counter(c) == c)
od = OrderedDict(b=1, a=2)
od["c"] = 3
print(od, isinstance(od, dict), od.keys(), od.values(), od.items(), list(reversed(od)), list(reversed(od.items())))
od.move_to_end("b")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, od != {"a": 2})
print(OrderedDict.fromkeys("xy", 0), OrderedDict(a=1) | {"b": 2}, {"z": 0} | OrderedDict(a=1), copy.copy(od))
print(od.keys() & {"a"}, od.keys() == {"a"}, len(od.items()), ("a", 2) in od.items(), dict(od), gc.is_tracked(od))
for bad in [lambda: OrderedDict(1, 2), lambda: OrderedDict().update(1, 2), lambda: OrderedDict().popitem(),
            lambda: OrderedDict().move_to_end("k"), lambda: defaultdict(3)]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
