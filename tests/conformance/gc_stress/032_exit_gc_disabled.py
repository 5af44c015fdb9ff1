import gc
gc.disable()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def cycle(name):
    d = D(name)
    d.me = d
    return d
garbage_cycle = cycle("garbage")
del garbage_cycle
alive_cycle = cycle("alive-cycle")
plain = D("plain")
items = [D("item0"), D("item1")]
pair = D("pairA")
pair.other = D("pairB")
pair.other.other = pair
print("gc enabled", gc.isenabled())
print("end of program")
