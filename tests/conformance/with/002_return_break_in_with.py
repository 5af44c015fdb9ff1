class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *args):
        print("exit", args[0])
        return False
def f():
    with CM():
        return "returned"
print(f())
for i in range(3):
    with CM():
        if i == 1:
            break
        print("loop", i)
def g():
    for i in range(2):
        with CM():
            continue
    return i
print(g())
