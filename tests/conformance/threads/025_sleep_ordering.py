import threading
import time
order = []
def f(name, delay):
    time.sleep(delay)
    order.append(name)
ts = [threading.Thread(target=f, args=(n, d)) for n, d in [("c", 0.3), ("a", 0.1), ("b", 0.2)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)
