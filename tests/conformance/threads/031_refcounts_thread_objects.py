import sys
import threading
class Payload:
    pass
p = Payload()
print(sys.getrefcount(p))
results = []
def f(obj):
    results.append(obj)
t = threading.Thread(target=f, args=(p,))
print(sys.getrefcount(p))
t.start()
t.join()
print(sys.getrefcount(p))
del t
print(sys.getrefcount(p))
results.clear()
print(sys.getrefcount(p))
