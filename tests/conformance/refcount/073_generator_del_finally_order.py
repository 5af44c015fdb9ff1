class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def gen():
    local = D("gen local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
print("deleting")
del g
print("--")
g = gen()
print("never started")
del g
print("--")
for v in gen():
    print("v", v)
    break
print("end")
