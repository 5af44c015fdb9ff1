import sys
print(sys.getsizeof(1), sys.getsizeof(0), sys.getsizeof(2**40), sys.getsizeof(1.5), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]))
print(sys.getsizeof(ValueError()), sys.getsizeof(StopIteration()), sys.getsizeof(KeyError()), sys.getsizeof(AttributeError()), sys.getsizeof(SyntaxError()))
class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()))
class Bad:
    def __sizeof__(self):
        return -1
class NotInt:
    def __sizeof__(self):
        return "x"
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print("ValueError:", e)
print(sys.getsizeof(NotInt(), 7))
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(abs, [])), sys.getsizeof(filter(None, [])))
