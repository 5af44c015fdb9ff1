import threading
cond = threading.Condition()
flag = False
woke = []
def waiter(i):
    with cond:
        cond.wait_for(lambda: flag)
        woke.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
with cond:
    flag = True
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woke))
with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: False, timeout=0.02))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
