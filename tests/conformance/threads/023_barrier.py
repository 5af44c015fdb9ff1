import threading
b = threading.Barrier(3)
order = []
lock = threading.Lock()
def f(i):
    with lock:
        order.append(("before", i))
    b.wait()
    with lock:
        order.append(("after", i))
ts = [threading.Thread(target=f, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
befores = [k for k, i in order[:3]]
afters = [k for k, i in order[3:]]
print(befores, afters)
print(b.parties, b.n_waiting, b.broken)
