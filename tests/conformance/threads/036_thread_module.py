import _thread
import threading
done = threading.Event()
box = []
def f(a, b):
    box.append(a + b)
    done.set()
ident = _thread.start_new_thread(f, (2, 3))
done.wait()
print(box, isinstance(ident, int))
print(_thread.get_ident() == threading.get_ident())
lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked())
lock.release()
try:
    _thread.start_new_thread(f, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(1, ())
except TypeError as e:
    print("TypeError:", e)
