import gc
gc.collect()
class Node:
    pass
def pair(touch):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    if touch == "a":
        a.__dict__
    elif touch == "both":
        a.__dict__
        b.__dict__
pair(None)
print("no __dict__ access", gc.collect())
pair("a")
print("a.__dict__ accessed", gc.collect())
pair("both")
print("both accessed", gc.collect())
