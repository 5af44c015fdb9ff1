def level3(v):
    return v / 0
def level2(v):
    return level3(v) + 1
def level1():
    print("calling")
    return level2(10)
level1()
