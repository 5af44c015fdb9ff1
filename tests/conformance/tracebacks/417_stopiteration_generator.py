def gen():
    yield 1
    raise StopIteration("inside")

for x in gen():
    print(x)
