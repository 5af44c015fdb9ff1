import threading
fired = []
t = threading.Timer(0.05, fired.append, args=("ping",))
t.start()
t.join()
print(fired)
c = threading.Timer(10, fired.append, args=("never",))
c.start()
c.cancel()
c.join()
print(fired)
