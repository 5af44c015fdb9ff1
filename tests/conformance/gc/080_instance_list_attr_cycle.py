import gc
gc.collect()
class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
root = Tree()
a = Tree(root)
b = Tree(root)
c = Tree(a)
print("alive", gc.collect())
del a, b, c
print("still reachable from root", gc.collect())
del root
print("tree", gc.collect())
