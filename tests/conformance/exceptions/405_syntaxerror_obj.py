e = SyntaxError("bad thing", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
print(str(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
print(str(SyntaxError("only msg")), SyntaxError().msg, str(SyntaxError()))
e2 = SyntaxError("m", ("/a/b/c.py", 7, 1, None))
print(str(e2), e2.end_lineno)
e3 = SyntaxError("m")
e3.lineno = 4
print(str(e3))
e3.filename = "dir/f.py"
print(str(e3))
print(repr(IndentationError("ind", ("f.py", 1, 1, "  x", 1, 2))))
try:
    SyntaxError("a", (1, 2))
except TypeError as exc:
    print("TypeError:", exc)
