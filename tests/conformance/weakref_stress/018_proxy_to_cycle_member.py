import gc
import weakref
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi from " + self.name
    def __len__(self):
        return len(self.name)
    def __add__(self, other):
        return self.name + "+" + other
a = Node("alpha")
a.me = a
p = weakref.proxy(a, lambda pr: print("proxy callback, proxy usable:", type(pr).__name__))
print(p.greet(), len(p), p + "x", p.name)
p.extra = [1, 2]
print("set through proxy", a.extra)
print("proxy == obj", p == a, "proxy is obj", p is a)
del a
print("collect", gc.collect())
try:
    p.greet()
except ReferenceError as e:
    print("ReferenceError", e)
b = Node("beta")
q = weakref.proxy(b)
b.proxy_of_self = q
print("self proxy", b.proxy_of_self.name, weakref.getweakrefcount(b))
del b
print("freed by refcount, proxy dead:", end=" ")
try:
    q.name
except ReferenceError:
    print("yes")
