import gc
import weakref
gc.collect()
class Target:
    pass
log = []
def make_garbage(wr):
    junk = [len(log)]
    junk.append(junk)
    pair = {}
    pair["self"] = pair
    log.append("callback")
targets = [Target() for i in range(3)]
for t in targets:
    t.me = t
refs = [weakref.ref(t, make_garbage) for t in targets]
del targets, t
print("first", gc.collect(), log)
print("second", gc.collect())
print("third", gc.collect())
print("refs dead", [r() is None for r in refs])
