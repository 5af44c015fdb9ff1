a = [1, "two", 3.0, None, True, (4,), [5], {"six": 6}]
print(a)
print(repr(a), str(a))
b = [1]
b.append(b)
print(b)
c = [b, [b]]
print(c)
d = []
d.append(d)
d.append(d)
print(d, repr(d))
e = [[[]]]
print(e)
t = ([],)
t[0].append(t)
print(t)
class R:
    def __repr__(self):
        return "R!"
print([R(), [R()]])
class Bad:
    def __repr__(self):
        raise ValueError("no repr")
f = [1, Bad()]
try:
    repr(f)
except ValueError as ex:
    print(type(ex).__name__, ex)
f.append(f)
f.pop(1)
print(f)
