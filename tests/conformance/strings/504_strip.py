def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "  hi  ".strip())
t(lambda: "  hi  ".lstrip())
t(lambda: "  hi  ".rstrip())
t(lambda: "\t\n hi \r\x0b\x0c".strip())
t(lambda: "xxhixx".strip("x"))
t(lambda: "xyhiyx".strip("xy"))
t(lambda: "xyhiyx".lstrip("yx"))
t(lambda: "xyhiyx".rstrip("yx"))
t(lambda: "hi".strip(""))
t(lambda: "  hi  ".strip(None))
t(lambda: "".strip())
t(lambda: "\xa0\u2003hi\u3000".strip())
t(lambda: "😀hi😀".strip("😀"))
t(lambda: "hi".strip(1))
t(lambda: "hi".lstrip(1))
t(lambda: "hi".strip("a", "b"))
s = "clean"
print(s.strip() is s, s.strip("xyz") is s, s.lstrip() is s, s.rstrip("n") is s)
