import threading
counter = 0
lock = threading.Lock()
def inc(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=inc, args=(20000,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
