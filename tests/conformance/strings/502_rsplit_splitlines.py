def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "a b c d".rsplit())
t(lambda: "a b c d".rsplit(None, 2))
t(lambda: "  a b  ".rsplit(maxsplit=1))
t(lambda: "a,b,c".rsplit(",", 1))
t(lambda: "a,,b".rsplit(","))
t(lambda: "".rsplit())
t(lambda: "a".rsplit(""))
t(lambda: "line1\nline2\r\nline3\rline4".splitlines())
t(lambda: "line1\nline2\r\nline3\rline4\n".splitlines(True))
t(lambda: "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
t(lambda: "".splitlines())
t(lambda: "\n".splitlines())
t(lambda: "\n\n".splitlines(keepends=True))
t(lambda: "abc".splitlines())
t(lambda: "abc".splitlines("x"))
t(lambda: "abc".splitlines(1, 2))
s = "no breaks here"
print(s.splitlines()[0] is s)
