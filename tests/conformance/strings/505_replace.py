def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "aaa".replace("a", "b"))
t(lambda: "aaa".replace("a", "b", 2))
t(lambda: "aaa".replace("a", "b", 0))
t(lambda: "aaa".replace("a", "b", -1))
t(lambda: "aaaa".replace("aa", "x"))
t(lambda: "abc".replace("", "-"))
t(lambda: "abc".replace("", "-", 2))
t(lambda: "".replace("", "x"))
t(lambda: "abc".replace("b", ""))
t(lambda: "abc".replace("z", "y"))
t(lambda: "a😀b".replace("", "|"))
t(lambda: "a😀b".replace("😀", "é"))
t(lambda: "abc".replace(1, "b"))
t(lambda: "abc".replace("a", 1))
t(lambda: "abc".replace("a", "b", "c"))
t(lambda: "abc".replace("a"))
s = "unchanged"
print(s.replace("z", "y") is s, s.replace("u", "u", 0) is s)
