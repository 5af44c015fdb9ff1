import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
frozen_plain = D("frozen-plain")
frozen_cycle = D("frozen-cycle")
frozen_cycle.me = frozen_cycle
dropped = D("dropped-cycle")
dropped.me = dropped
del dropped
gc.freeze()
print("frozen garbage kept", gc.collect())
after = D("after-freeze")
later_cycle = D("later-garbage")
later_cycle.me = later_cycle
del later_cycle
print("end of program")
