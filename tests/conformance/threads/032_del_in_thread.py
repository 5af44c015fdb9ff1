import threading
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, threading.current_thread().name)
def f():
    n = Noisy("local")
    print("in thread")
t = threading.Thread(target=f, name="T")
t.start()
t.join()
box = [Noisy("boxed")]
def g():
    box.clear()
t = threading.Thread(target=g, name="U")
t.start()
t.join()
print("end")
