import gc
gc.collect()
def work():
    a = []
    a.append(a)
    b = {}
    b["b"] = b
    print("while locals alive", gc.collect())
    return len(a)
print("returned", work())
print("after return", gc.collect())
