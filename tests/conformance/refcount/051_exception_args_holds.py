import sys
a = []
e = ValueError(a, a)
print(sys.getrefcount(a), len(e.args))
e2 = KeyError(a)
print(sys.getrefcount(a))
del e
print(sys.getrefcount(a))
try:
    raise e2
except KeyError as caught:
    print(caught is e2, sys.getrefcount(a))
e2 = None
print(sys.getrefcount(a))
class MyErr(Exception):
    def __init__(self, payload):
        super().__init__("msg")
        self.payload = payload
m = MyErr(a)
print(sys.getrefcount(a), m.args)
