import gc
gc.collect()
class Reporter:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "sees", type(registry).__name__, len(registry), counter[0])
        counter[0] += 1
counter = [0]
registry = {}
for name in ["r1", "r2", "r3"]:
    registry[name] = Reporter(name)
loose = Reporter("loose")
loose.back = loose
del loose
spare = Reporter("spare")
print("end of program")
