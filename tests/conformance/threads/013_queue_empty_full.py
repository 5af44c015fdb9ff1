import queue
q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.task_done(); q.task_done(); q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception))
