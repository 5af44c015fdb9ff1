def pair():
    data = []
    def push(v):
        data.append(v)
    def peek():
        return list(data)
    def reset():
        nonlocal data
        data = []
    return push, peek, reset
push, peek, reset = pair()
push(1)
push(2)
print(peek())
reset()
push(3)
print(peek())
print(push.__closure__[0].cell_contents)
