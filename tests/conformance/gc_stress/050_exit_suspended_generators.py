class Box:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del box", self.name)
def task(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally", box.name)
plain = task(Box("plain"))
next(plain)
looped_box = Box("looped")
looped = task(looped_box)
looped_box.gen = looped
next(looped)
unstarted = task(Box("unstarted"))
in_list = [task(Box("listed"))]
next(in_list[0])
print("end of program")
