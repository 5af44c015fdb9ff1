import gc
gc.collect()
class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = C("a")
b = C("b")
c = C("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collected", gc.collect())
x = C("x")
y = C("y")
y.next = x
x.next = y
del y, x
print("collected", gc.collect())
