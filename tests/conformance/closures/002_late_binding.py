def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return fs
print([f() for f in make()])
def make2():
    return [(lambda x=i: x) for i in range(3)]
print([f() for f in make2()])
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-1)(1))
