import sys
class V:
    pass
d = {"a": V(), "b": V()}
for k, v in d.items():
    print(k, sys.getrefcount(v))
for v in d.values():
    print("values", sys.getrefcount(v))
for item in d.items():
    print("item", sys.getrefcount(item[1]))
def f():
    for k, v in d.items():
        print("local", k, sys.getrefcount(v))
f()
