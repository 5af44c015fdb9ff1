import gc
gc.collect()
events = []
class Res:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        events.append(("del", self.name, step))
def work():
    r1 = Res("r1")
    r2 = Res("r2")
    r1.other = r2
    del r1, r2
    return "ok"
step = -1
print(work())
gc.set_threshold(50)
keep = []
for step in range(200):
    keep.append([step])
gc.set_threshold(700)
for e in events:
    print(e)
print("explicit", gc.collect())
