b = b"xyz"
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b[10]
except IndexError as e:
    print(e)
try:
    b + "s"
except TypeError as e:
    print(e)
print(hash(b"") == 0, b"abc" == "abc", b"" == b"")
print(bytes([1, 2]) + bytes(2), b"abc".startswith(b"ab"), b"  x ".strip())
print(len(b"\xe2\x82\xac"), b"\xe2\x82\xac".decode("utf-8") == "\u20ac")
