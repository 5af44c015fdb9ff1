import threading
results = []
lock = threading.Lock()
def child(i):
    with lock:
        results.append(("child", i))
def parent():
    kids = [threading.Thread(target=child, args=(i,)) for i in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    with lock:
        results.append(("parent", threading.current_thread().name))
t = threading.Thread(target=parent, name="P")
t.start()
t.join()
print(sorted(results))
