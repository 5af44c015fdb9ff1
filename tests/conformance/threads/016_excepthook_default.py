import threading
import sys
class Worker(threading.Thread):
    def run(self):
        raise SystemExit(3)
w = Worker()
w.start()
w.join()
print("SystemExit in a thread is silent", w.is_alive())
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread is w2)
threading.excepthook = hook
class Worker2(threading.Thread):
    def run(self):
        raise KeyError("missing")
w2 = Worker2()
w2.start()
w2.join()
print("main continues", w2.name)
