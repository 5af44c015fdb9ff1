def g():
    yield 1
gen = g()
print(list(gen), list(gen))
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def self_ref():
    yield next(s)
s = self_ref()
try:
    next(s)
except ValueError as e:
    print(e)
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print("value", e.value)
