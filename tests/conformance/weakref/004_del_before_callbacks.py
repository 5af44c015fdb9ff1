import weakref
class C:
    def __init__(self, name):
        self.name = name
        self.child = None
    def __del__(self):
        print("__del__", self.name)
parent = C("parent")
parent.child = C("child")
rp = weakref.ref(parent, lambda r: print("callback parent"))
rc = weakref.ref(parent.child, lambda r: print("callback child"))
del parent
print("end")
