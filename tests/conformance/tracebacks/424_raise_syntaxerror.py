def f():
    raise SyntaxError("custom problem", ("other.py", 3, 5, "    foo bar baz\n", 3, 8))

f()
