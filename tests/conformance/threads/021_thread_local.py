import threading
data = threading.local()
data.x = "main"
seen = []
def f(v):
    seen.append(hasattr(data, "x"))
    data.x = v
    seen.append(data.x)
ts = [threading.Thread(target=f, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(seen)
print(data.x)
class Counter(threading.local):
    def __init__(self):
        self.n = 0
c = Counter()
c.n = 10
def g():
    c.n += 1
    seen.append(c.n)
t = threading.Thread(target=g)
t.start(); t.join()
print(seen[-1], c.n)
