class Clinger:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        if self.name == "clinger":
            survivors.append(self)
            print("resurrected into survivors")
survivors = []
first = Clinger("first")
c = Clinger("clinger")
c.me = c
last = Clinger("last")
print("end of program")
