import gc
import weakref
gc.collect()
events = []
class Widget:
    def __init__(self, name):
        self.name = name
        self.listeners = []
    def fire(self):
        return [m()() for m in self.listeners if m() is not None]
    def handler(self):
        return "handled by " + self.name
w = Widget("w1")
w.listeners.append(weakref.WeakMethod(w.handler, lambda m: events.append("w1 handler gone")))
print(w.fire())
other = Widget("w2")
w.listeners.append(weakref.WeakMethod(other.handler, lambda m: events.append("w2 handler gone")))
print(w.fire())
del other
print("after del other", w.fire(), events)
w.me = w
del w
print("collected", gc.collect(), events)
def f():
    return 1
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print("TypeError", e)
