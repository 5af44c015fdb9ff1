import threading
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def bad(x):
    raise ValueError("bad value %d" % x)
t = threading.Thread(target=bad, args=(7,), name="t1")
t.start()
t.join()
print(caught)
print(t.is_alive())
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
