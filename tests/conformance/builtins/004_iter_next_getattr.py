it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
class O:
    pass
o = O()
setattr(o, "a", 1)
print(getattr(o, "a"), hasattr(o, "b"), getattr(o, "b", 2))
delattr(o, "a")
try:
    getattr(o, "a")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
