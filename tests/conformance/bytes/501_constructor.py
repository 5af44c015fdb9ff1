def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytes())
t(lambda: bytes(0))
t(lambda: bytes(3))
t(lambda: bytes([1, 2, 255]))
t(lambda: bytes((65, 66)))
t(lambda: bytes(range(5)))
t(lambda: bytes(x for x in [97, 98]))
t(lambda: bytes(b"copy"))
t(lambda: bytes("héllo", "utf-8"))
t(lambda: bytes("héllo", "latin-1"))
t(lambda: bytes("abc", encoding="ascii"))
t(lambda: bytes("hé", "ascii"))
t(lambda: bytes("hé", "ascii", "replace"))
t(lambda: bytes(-1))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes("a"))
t(lambda: bytes("a", "nope"))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes(b"x", "utf-8"))
t(lambda: bytes(x=1))
t(lambda: bytes([True, False]))
b = b"shared"
eb = b""
print(bytes(b) is b, bytes() is eb, bytes([97]) is b"xa"[1:], bytes(b"b") is bytes([98]))
