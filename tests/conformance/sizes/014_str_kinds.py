import sys
print(sys.getsizeof("\xe9"), sys.getsizeof("caf\xe9"), sys.getsizeof("\xe9" * 10))
print(sys.getsizeof("\u0101"), sys.getsizeof("\u0101" * 10), sys.getsizeof("a\u20ac"))
print(sys.getsizeof("\U0001F600"), sys.getsizeof("\U0001F600" * 10), sys.getsizeof("a\U0001F600"))
print(sys.getsizeof(chr(255)), sys.getsizeof(chr(256)), sys.getsizeof(chr(65536)))
