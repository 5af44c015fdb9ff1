import threading
import time
import atexit
atexit.register(print, "atexit runs after the thread")
def late():
    time.sleep(0.2)
    print("thread finished")
threading.Thread(target=late).start()
print("main done")
