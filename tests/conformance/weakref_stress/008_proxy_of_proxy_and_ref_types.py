import weakref
class C:
    def method(self):
        return "m"
c = C()
p = weakref.proxy(c)
r = weakref.ref(c)
for label, target in [("proxy", p), ("ref", r)]:
    for maker in [weakref.ref, weakref.proxy]:
        try:
            maker(target)
            print(label, maker.__name__, "ok")
        except TypeError as e:
            print(label, maker.__name__, "TypeError", e)
print(type(p).__name__, type(r).__name__)
print("proxy method", p.method(), "isinstance", isinstance(p, C))
try:
    hash(p)
except TypeError as e:
    print("hash TypeError", e)
del c
for op in ["attr", "call", "bool", "str"]:
    try:
        if op == "attr":
            p.method
        elif op == "call":
            p.method()
        elif op == "bool":
            bool(p)
        else:
            str(p)
        print(op, "ok")
    except ReferenceError as e:
        print(op, "ReferenceError", e)
print("ref()", r())
