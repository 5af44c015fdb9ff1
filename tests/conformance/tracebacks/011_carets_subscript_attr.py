class Node:
    def __init__(self):
        self.children = []
root = Node()
print(len(root.children))
value = root.children[0].children
