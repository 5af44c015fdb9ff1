import threading
sem = threading.Semaphore(2)
active = 0
peak = 0
lock = threading.Lock()
import time
def worker():
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with lock:
            active -= 1
threads = [threading.Thread(target=worker) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(peak, active)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
