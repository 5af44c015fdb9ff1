class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    obj = D("local")
    raise ValueError("boom")
try:
    f()
except ValueError:
    print("in handler")
print("after handler")
try:
    f()
except ValueError as e:
    saved = e
print("saved")
saved = None
print("end")
