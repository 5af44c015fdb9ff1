import sys
for s in ["", "a", "ab", "hello", "x" * 100]:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof("abc" + "def"))
print(sys.getsizeof(str(12345)))
