import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def make_counter(name):
    d = D(name)
    def inc():
        return d
    d.inc = inc
    return inc
c1 = make_counter("closure-cycle")
gc.disable()
for i in range(3):
    x = D("garbage%d" % i)
    x.me = x
del x
gen = (D("genexpr%d" % i) for i in range(2))
first = next(gen)
print("gc disabled", not gc.isenabled())
print("end of program")
