counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
assert 1 == 1, "never"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
class Empty:
    pass
def noop():
    pass
print(noop(), Empty.__name__)
d = {"a": 1, "b": 2}
lst = [1, 2, 3, 4]
del d["a"], lst[0], lst[-1]
print(d, lst)
