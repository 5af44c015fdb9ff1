import gc
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
old = N("old")
gc.collect(0)
gc.collect(1)
young = N("young")
old.peer = young
young.peer = old
del old, young
print("collect(0)", gc.collect(0))
print("collect(0) again", gc.collect(0))
print("collect(1)", gc.collect(1))
print("collect(2)", gc.collect(2))
mid = N("mid")
gc.collect(0)
kid = N("kid")
mid.peer = kid
kid.peer = mid
del mid, kid
print("mid+kid collect(0)", gc.collect(0))
print("mid+kid collect(1)", gc.collect(1))
