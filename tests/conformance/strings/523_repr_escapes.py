samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nret\r", "\x00\x01\x1f\x7f",
           "\x80\x9f\xa0\xad\xff", "é", "\u2028\u2029", "\u200b", "\ufeff", "😀", "\U000e0001", "\ud800", "\udfff",
           "\U0010ffff", "日本", "\x0b\x0c", "\u0378", "\u00a0"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr("'"), repr('"'), repr("'\""))
print(str(["a'b", 'c"d', "é"]))
print(repr(repr("x")))
