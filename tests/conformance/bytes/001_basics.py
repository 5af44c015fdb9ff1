b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b + b"!", b * 2)
print(list(b"abc"), b"ab" == b"ab", b"a" < b"b", b"ell" in b, 104 in b)
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), b"\x00\xff\n")
print(repr(b"it's"), b"a\tb", b"\x7f\x80")
print(b.upper(), b.find(b"l"), b.count(b"l"), b.split(b"l"), b"-".join([b"a", b"b"]))
print(b.decode(), "h\xe9".encode(), "h\xe9".encode("latin-1"), type(b[0]).__name__)
