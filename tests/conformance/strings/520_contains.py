def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "ell" in "hello")
t(lambda: "" in "hello")
t(lambda: "" in "")
t(lambda: "xyz" in "hello")
t(lambda: "😀" in "a😀b")
t(lambda: "ell" not in "hello")
t(lambda: 1 in "abc")
t(lambda: None in "abc")
t(lambda: "abc".__contains__("b"))
t(lambda: "abc".__contains__(1))
