import threading
items = []
cond = threading.Condition()
got = []
def consumer():
    for i in range(5):
        with cond:
            while not items:
                cond.wait()
            got.append(items.pop(0))
t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    with cond:
        items.append(i * i)
        cond.notify()
t.join()
print(got)
