import threading
import queue
q = queue.Queue()
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 2)
        q.task_done()
t = threading.Thread(target=consumer)
t.start()
for i in range(10):
    q.put(i)
q.put(None)
q.join()
t.join()
print(out)
print(q.qsize(), q.empty())
