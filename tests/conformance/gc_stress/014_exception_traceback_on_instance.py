import gc
gc.collect()
class Job:
    def level3(self, n):
        scratch = [n]
        raise RuntimeError("deep " + str(n))
    def level2(self, n):
        return self.level3(n + 1)
    def level1(self, n):
        try:
            self.level2(n + 1)
        except RuntimeError as e:
            self.failure = e
j = Job()
j.level1(1)
print(type(j.failure).__name__, j.failure)
tb = j.failure.__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("traceback depth", depth)
del j
print("collected", gc.collect())
def keep_traceback_only():
    try:
        {}["missing"]
    except KeyError as e:
        return e.__traceback__
t = keep_traceback_only()
print("traceback alone", gc.collect())
del t
print("after del", gc.collect())
