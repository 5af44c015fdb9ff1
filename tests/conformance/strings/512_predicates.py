samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", " \t\n", "\x1c", "Hello World", "Hello world",
           "hELLO", "_ident", "2bad", "ok_2", "café", "ΑΒΓ", "αβγ", "٣", "²", "½", "a b", "\x00", "é",
           "😀", "\u2028", "\xa0", "ǅ", "ǅa", "class", "a-b", "x\u0301"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle())
    print("   ", s.isidentifier(), s.isdecimal(), s.isnumeric(), s.isprintable(), s.isascii())
try:
    "a".isdigit(1)
except TypeError as e:
    print(type(e).__name__, e)
