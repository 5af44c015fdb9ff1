def acc():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("caught", e)
            v = 0
        if v is None:
            break
        total += v
    return total
g = acc()
print(next(g), g.send(5), g.send(10), g.throw(ValueError("bad")), g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def closer():
    try:
        yield 1
    finally:
        print("closing")
c = closer()
next(c)
c.close()
c.close()
print("closed twice ok")
