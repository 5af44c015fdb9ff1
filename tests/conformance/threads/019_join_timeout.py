import threading
import time
def slow():
    time.sleep(1.0)
t = threading.Thread(target=slow)
t.start()
t.join(0.1)
print(t.is_alive())
t.join()
print(t.is_alive())
try:
    threading.Thread(target=slow).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
