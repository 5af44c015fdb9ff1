import gc
gc.collect()
log = []
def first(phase, info):
    log.append("first " + phase)
def second(phase, info):
    log.append("second " + phase)
gc.callbacks.append(first)
gc.callbacks.append(second)
gc.collect()
gc.callbacks.remove(first)
gc.collect(0)
gc.callbacks.remove(second)
gc.collect()
for line in log:
    print(line)
print("callbacks left", len(gc.callbacks))
