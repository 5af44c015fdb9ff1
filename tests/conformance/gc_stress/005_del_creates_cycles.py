import gc
gc.collect()
class Phoenix:
    generation = 0
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("Phoenix", self.n, "dies")
        if self.n < 3:
            Phoenix(self.n + 1)
class Maker:
    def __del__(self):
        c = [self.tag]
        c.append(c)
        print("Maker made a list cycle")
Phoenix(0)
m = Maker()
m.tag = "t"
m.me = m
del m
for round in range(5):
    print("round", round, "collected", gc.collect())
