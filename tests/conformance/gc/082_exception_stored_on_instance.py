import gc
gc.collect()
class Task:
    def run(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            self.error = e
t = Task()
t.run()
print(type(t.error).__name__, t.error)
del t
print("collected", gc.collect())
