import threading
out = {}
def f(a, b=0, *, c=0):
    out[a] = b + c
t = threading.Thread(target=f, args=("x",), kwargs={"b": 2, "c": 3}, daemon=True)
print(t.daemon)
t.start()
t.join()
print(out)
u = threading.Thread(target=f, args=("y",))
print(u.daemon)
u.daemon = True
print(u.daemon)
u.start()
try:
    u.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
u.join()
print(sorted(out.items()))
