import threading
seen = []
def f():
    t = threading.current_thread()
    seen.append((t.name, t is threading.main_thread(), t.daemon))
for name in ["alpha", "beta", "gamma"]:
    t = threading.Thread(target=f, name=name)
    t.start()
    t.join()
print(seen)
print(threading.current_thread().name)
