def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "ab" + "cd")
t(lambda: "ab" + "")
t(lambda: "ab" * 3)
t(lambda: 3 * "ab")
t(lambda: "ab" * 0)
t(lambda: "ab" * -2)
t(lambda: "ab" * True)
t(lambda: "ab" + 1)
t(lambda: "ab" + None)
t(lambda: "ab" + b"c")
t(lambda: 1 + "ab")
t(lambda: "ab" * "c")
t(lambda: "ab" * 2.0)
t(lambda: [1] + "a")
s = "x"
s += "y"
s *= 2
print(s)
a = "abc" * 2
print(a + "" is a, "" + a is a, a * 1 is a)
