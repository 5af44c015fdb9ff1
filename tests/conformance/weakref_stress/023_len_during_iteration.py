import weakref
class O:
    def __init__(self, n):
        self.n = n
def attempt(label, container, keys_of, killer):
    seen = []
    try:
        for item in keys_of(container):
            seen.append(item)
            if len(seen) == 1:
                killer()
                seen.append(("len", len(container)))
    except RuntimeError as e:
        seen.append(("RuntimeError", str(e)))
    print(label, seen, "final len", len(container))
strong = {i: O(i) for i in range(4)}
wvd = weakref.WeakValueDictionary(strong)
attempt("wvd", wvd, lambda c: c.keys(), lambda: strong.pop(3) and None)
objs = [O(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for o in objs:
    wkd[o] = o.n
del o
def gen_keys(c):
    for k in c.keys():
        yield k.n
attempt("wkd", wkd, gen_keys, lambda: objs.pop() and None)
attempt("wkd values", wkd, lambda c: c.values(), lambda: objs.pop() and None)
items = [O(i) for i in range(4)]
ws = weakref.WeakSet(items)
attempt("weakset", ws, lambda c: (0 for x in c), lambda: items.clear())
