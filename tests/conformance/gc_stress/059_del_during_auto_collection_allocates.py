import gc
gc.collect()
made = []
marks = []
class Heavy:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        for j in range(30):
            made.append([self.i, j])
def cb(phase, info):
    if phase == "stop":
        marks.append("%d:%d@%d" % (info["generation"], info["collected"], len(made)))
gc.set_threshold(25, 2, 1000)
gc.callbacks.append(cb)
for i in range(40):
    Heavy(i)
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(marks), "collections")
print(" ".join(marks[:8]))
print(" ".join(marks[-4:]))
print("made", len(made), "heavies finalized", len(made) // 30)
print("left", gc.collect())
