def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "a\tb\tc".expandtabs())
t(lambda: "a\tb\tc".expandtabs(4))
t(lambda: "abcdefgh\tx".expandtabs())
t(lambda: "a\tb\nc\td".expandtabs(3))
t(lambda: "a\tb\rc\td".expandtabs(3))
t(lambda: "\t".expandtabs(0))
t(lambda: "\t".expandtabs(-1))
t(lambda: "😀\tx".expandtabs(4))
t(lambda: "a\t".expandtabs(tabsize=2))
t(lambda: "a".expandtabs("x"))
t(lambda: "a".expandtabs(1, 2))
for s in ["42", "-42", "+42", "", "abc", "-", "000", "3.14", "-0.5"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(2)), repr(s.zfill(-1)))
t(lambda: "1".zfill())
t(lambda: "1".zfill("3"))
s = "12345"
print(s.zfill(3) is s, "tabless".expandtabs() == "tabless")
