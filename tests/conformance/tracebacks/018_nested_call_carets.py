def inner(x):
    return x.upper()
def outer(items):
    return [inner(i) for i in items]
print(outer(["a", "b"]))
outer(["c", 5])
