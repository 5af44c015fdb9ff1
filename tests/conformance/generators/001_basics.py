def gen(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
g = gen(2)
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(gen(3)), sum(gen(4)))
print(next(gen(0), "default"))
