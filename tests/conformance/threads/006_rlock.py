import threading
r = threading.RLock()
print(r.acquire(), r.acquire())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested ok")
def other():
    print("other got it:", r.acquire(False))
r.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
r.release()
t = threading.Thread(target=other)
t.start()
t.join()
