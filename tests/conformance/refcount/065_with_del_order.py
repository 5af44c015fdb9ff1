class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class M:
    def __enter__(self):
        print("enter")
        return D("from enter")
    def __exit__(self, t, v, tb):
        print("exit")
        return False
    def __del__(self):
        print("del manager")
with M() as x:
    print("body")
print("after with")
x = None
with M():
    print("body2")
print("end")
