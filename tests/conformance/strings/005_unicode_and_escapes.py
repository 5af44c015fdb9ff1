s = "caf\xe9 \u20ac \U0001F600"
print(s, len(s), s.upper())
print(repr("tab\there"), repr("nl\n"), repr("\x00\x7f"), repr("\\"), repr("\u200b"))
print("\N{GREEK SMALL LETTER ALPHA}", ord("\u03b1"), "\u03b1".upper())
print(str(b"bytes"), ascii("caf\xe9"), "A" * 3)
print([c for c in "h\xe9"], "stra\xdfe".upper(), "\xdf".lower())
