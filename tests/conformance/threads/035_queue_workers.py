import threading
import queue
tasks = queue.Queue()
results = queue.Queue()
def worker():
    while True:
        n = tasks.get()
        if n is None:
            break
        results.put((n, n * n))
        tasks.task_done()
workers = [threading.Thread(target=worker) for i in range(3)]
for w in workers:
    w.start()
for n in range(12):
    tasks.put(n)
tasks.join()
for w in workers:
    tasks.put(None)
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))
