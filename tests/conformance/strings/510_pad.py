def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for w in range(0, 8):
    print(w, repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, ".")))
t(lambda: "x".center(4, "é"))
t(lambda: "x".center(4, "😀"))
t(lambda: "😀".center(3))
t(lambda: "😀".ljust(3, "😀"))
t(lambda: "a".center())
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, 1))
t(lambda: "a".center("x"))
t(lambda: "a".ljust(5, fillchar="x"))
t(lambda: "a".rjust(1, 2, 3))
t(lambda: "a".rjust(-5))
s = "same"
print(s.center(2) is s, s.ljust(4) is s, s.rjust(3, "x") is s)
