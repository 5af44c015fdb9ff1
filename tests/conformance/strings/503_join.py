def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ",".join(["a", "b", "c"]))
t(lambda: "".join(["a", "b"]))
t(lambda: ", ".join([]))
t(lambda: "-".join("abc"))
t(lambda: "-".join(("x",)))
t(lambda: "-".join(x for x in "pq"))
t(lambda: "-".join({"k": 1, "j": 2}))
t(lambda: "-".join([1, 2]))
t(lambda: "-".join(["a", 2]))
t(lambda: "-".join(5))
t(lambda: "-".join())
t(lambda: "é".join(["α", "😀", "z"]))
one = "solo" * 2
print("-".join([one]) is one, "-".join((one,)) is one)
