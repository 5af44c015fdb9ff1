import sys
for b in [b"", b"a", b"ab", b"hello world", b"x" * 100]:
    print(len(b), sys.getsizeof(b))
print(sys.getsizeof(bytes(10)), sys.getsizeof(b"ab" + b"cd"))
print(sys.getsizeof(b"xyz"[1:]), sys.getsizeof("h\xe9".encode()))
