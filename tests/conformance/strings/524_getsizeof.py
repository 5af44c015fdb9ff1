import sys
samples = ["", "a", "ab", "abcdefgh", "é", "éa", "\xff" * 10, "Ā", "€uro", "中文字", "😀", "a😀", "😀" * 5, "\ud800",
           "x" * 100, "é" * 100, "中" * 100, "😀" * 100]
for s in samples:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof("hello world".upper()), sys.getsizeof("é".upper()))
print(sys.getsizeof(b""), sys.getsizeof(b"a"), sys.getsizeof(b"abc"), sys.getsizeof(bytes(100)))
print(sys.getsizeof(iter("abc")), sys.getsizeof(iter("é")), sys.getsizeof(iter(b"x")))
print("abc".__sizeof__(), "é".__sizeof__(), b"ab".__sizeof__())
