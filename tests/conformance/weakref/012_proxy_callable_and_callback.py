import weakref
def greet(name):
    return "hello " + name
class Tool:
    def __call__(self, x):
        return x * 2
t = Tool()
pt = weakref.proxy(t, lambda p: print("proxy callback"))
print(pt(21))
print(type(pt).__name__)
pf = weakref.proxy(greet)
print(pf("world"), type(pf).__name__)
del t
print("after del")
