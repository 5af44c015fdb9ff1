def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: str())
t(lambda: str(42))
t(lambda: str(3.5))
t(lambda: str(None))
t(lambda: str([1, "a"]))
t(lambda: str("same"))
t(lambda: str(object="kw"))
t(lambda: str(b"abc"))
t(lambda: str(b"abc", "utf-8"))
t(lambda: str(b"caf\xc3\xa9", "utf-8"))
t(lambda: str(b"caf\xe9", "latin-1"))
t(lambda: str(b"abc", encoding="ascii"))
t(lambda: str(b"abc", errors="strict"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str(b"\xffab", "utf-8", "replace"))
t(lambda: str(b"\xffab", "utf-8", "ignore"))
t(lambda: str(b"\xffab", "ascii", "backslashreplace"))
t(lambda: str(b"x", "nope"))
t(lambda: str(1, "utf-8"))
t(lambda: str("a", "utf-8"))
t(lambda: str(encoding="utf-8"))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(x=1))
class C:
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
class D:
    def __repr__(self):
        return "D-repr"
class Bad:
    def __str__(self):
        return 5
t(lambda: str(C()))
t(lambda: str(D()))
t(lambda: str(Bad()))
s = "x" * 3
print(str(s) is s)
