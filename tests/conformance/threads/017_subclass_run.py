import threading
class Summer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = None
    def run(self):
        self.total = sum(range(self.n))
workers = [Summer(n) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers])
print([w.name for w in workers])
