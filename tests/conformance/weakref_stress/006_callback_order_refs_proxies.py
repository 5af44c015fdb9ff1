import weakref
class Obj:
    def __call__(self):
        return "called"
class Plain:
    pass
order = []
def cb(name):
    return lambda r: order.append(name)
o = Plain()
r_plain = weakref.ref(o)
r1 = weakref.ref(o, cb("ref1"))
p_plain = weakref.proxy(o)
p1 = weakref.proxy(o, cb("proxy1"))
r2 = weakref.ref(o, cb("ref2"))
p2 = weakref.proxy(o, cb("proxy2"))
print("count", weakref.getweakrefcount(o))
kinds = []
for w in weakref.getweakrefs(o):
    if w is r_plain:
        kinds.append("r_plain")
    elif w is r1:
        kinds.append("r1")
    elif w is r2:
        kinds.append("r2")
    elif w is p1:
        kinds.append("p1")
    elif w is p2:
        kinds.append("p2")
    else:
        kinds.append("p_plain" if w is p_plain else "?")
print("list order", kinds)
print("reuse", weakref.ref(o) is r_plain, weakref.proxy(o) is p_plain)
del o
print("callbacks", order)
c = Obj()
cp = weakref.proxy(c, cb("callable-proxy"))
print(type(cp).__name__, cp())
order.clear()
del c
print("callbacks", order)
