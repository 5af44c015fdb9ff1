import weakref
class K:
    def method(self):
        return "m"
def func():
    return "f"
rk = weakref.ref(K)
rf = weakref.ref(func)
rl = weakref.ref(lambda: 1)
print("class", rk() is K, rk().__name__)
print("function", rf() is func, rf()())
print("temporary lambda dead", rl() is None)
k = K()
rm = weakref.ref(k.method)
print("bound method dies immediately", rm() is None)
rt = weakref.ref(int)
print("builtin type", rt() is int)
