class Empty:
    pass
e = Empty()
print(hasattr(e, "size"))
print(e.size)
