def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "abc".encode())
t(lambda: "héllo".encode())
t(lambda: "héllo".encode("utf-8"))
t(lambda: "héllo".encode("UTF8"))
t(lambda: "héllo".encode("latin-1"))
t(lambda: "héllo".encode("latin1"))
t(lambda: "héllo".encode("iso-8859-1"))
t(lambda: "hello".encode("ascii"))
t(lambda: "€😀".encode("utf-8"))
t(lambda: "中文".encode())
t(lambda: "héllo".encode("ascii"))
t(lambda: "héé".encode("ascii"))
t(lambda: "a€".encode("latin-1"))
t(lambda: "😀".encode("latin-1"))
t(lambda: "héllo".encode("ascii", "ignore"))
t(lambda: "héllo".encode("ascii", "replace"))
t(lambda: "héllo€".encode("ascii", "backslashreplace"))
t(lambda: "héllo😀".encode("ascii", "xmlcharrefreplace"))
t(lambda: "héllo".encode("ascii", errors="strict"))
t(lambda: "héllo".encode(encoding="latin-1"))
t(lambda: "a".encode("nope"))
t(lambda: "é".encode("ascii", "nope"))
t(lambda: "a".encode("ascii", "nope"))
t(lambda: "a".encode(1))
t(lambda: "a".encode("utf-8", 1))
t(lambda: "a".encode("utf-8", "strict", 3))
t(lambda: "a\ud800b".encode())
try:
    "é".encode("ascii")
except UnicodeError as e:
    print("caught as UnicodeError:", e)
try:
    "é".encode("ascii")
except ValueError as e:
    print("caught as ValueError:", e)
