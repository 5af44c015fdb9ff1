class S:
    __slots__ = ("val",)
    kind = "shared"
    def __init__(self, v):
        self.val = v
    def __repr__(self):
        return f"S({self.val})"
items = [S(i) for i in range(3)]
print(items, items[0].kind)
try:
    items[0].kind = "x"
except AttributeError as e:
    print(e)
S.kind = "changed"
print(items[2].kind)
print(sorted(getattr(s, "val") for s in items))
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(e)
