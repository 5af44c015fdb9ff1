# bytes subclasses: bytes_subtype_new copies the exact bytes into the subclass's block (basicsize 41,
# a plain __dict__, no __weakref__); methods and operators give exact bytes.
import sys, gc, weakref
class Blob(bytes):
    def __new__(cls, text):
        return super().__new__(cls, text.encode("utf-8"))
    def __repr__(self):
        return f"Blob({bytes(self)!r})"
b = Blob("hé")
print(b, len(b), b[0], b[:1], type(b[:]).__name__, type(b + b"").__name__, type(b * 1).__name__, b == b"h\xc3\xa9")
print(type(b.upper()).__name__, type(bytes(b)).__name__, bytes(b) is b, b.decode(), b.hex(), list(b))
print(sys.getsizeof(b), sys.getsizeof(b"h\xc3\xa9"), Blob.__basicsize__, Blob.__itemsize__, gc.is_tracked(b))
print(hash(b) == hash(b"h\xc3\xa9"), {b: 1}[b"h\xc3\xa9"], sys.getrefcount(b))
b.encoding = "utf-8"
print(b.encoding, b.__dict__)
try:
    weakref.ref(b)
except TypeError as e:
    print("TypeError", e)
class Raw(bytes):
    pass
print(Raw(b"ab"), Raw(3), Raw([65, 66]), Raw("x", "ascii"), Raw(), repr(Raw(b"q")), sys.getsizeof(Raw()))
print(bytes.__new__(Raw, b"zz"), b"%s!" % Raw(b"ok"), Raw(b"a,b").split(b","), Raw(b"x") in [b"x"])
for bad in [lambda: Raw("x"), lambda: bytes.__new__(str)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
