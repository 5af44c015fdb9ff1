import gc
gc.collect()
class C:
    def hello(self):
        return "hi"
c = C()
c.cb = c.hello
print(c.cb())
del c
print("collected", gc.collect())
d = C()
d.methods = [d.hello, d.hello]
del d
print("list of bound methods", gc.collect())
