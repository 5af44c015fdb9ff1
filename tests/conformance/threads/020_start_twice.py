import threading
t = threading.Thread(target=lambda: None)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
print(t.ident is not None, t.native_id is not None)
print(isinstance(t.ident, int))
