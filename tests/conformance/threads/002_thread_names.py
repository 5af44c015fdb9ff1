import threading
def f():
    pass
def g(x):
    pass
a = threading.Thread(target=f)
b = threading.Thread(target=g, args=(1,))
c = threading.Thread(target=f, name="worker")
d = threading.Thread()
print(a.name, "|", b.name, "|", c.name, "|", d.name)
lam = threading.Thread(target=lambda: None)
print(lam.name)
c.name = 42
print(repr(c.name))
print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
