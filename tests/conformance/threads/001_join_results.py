import threading
results = []
lock = threading.Lock()
def work(n):
    total = sum(range(n))
    with lock:
        results.append(total)
threads = [threading.Thread(target=work, args=(k * 1000,)) for k in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])
print(threading.active_count())
