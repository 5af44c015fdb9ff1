import threading
b = threading.BoundedSemaphore(2)
print(b.acquire(), b.acquire(), b.acquire(timeout=0.01))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    b.release(0)
except ValueError as e:
    print("ValueError:", e)
