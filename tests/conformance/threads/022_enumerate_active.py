import threading
stop = threading.Event()
started = threading.Barrier(4)
def f():
    started.wait()
    stop.wait()
ts = [threading.Thread(target=f, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
started.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
stop.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
