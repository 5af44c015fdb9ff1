# Cased and case-ignorable come from CPython's Unicode 14 database: Other_Uppercase/Other_Lowercase characters
# (letter numbers, circled letters, modifier letters, ordinal indicators) are cased.
for s in ["\u2167", "\u2177", "\u24b6", "\u24d0", "\u1d43", "\xaa", "\xba", "\u02b0", "\u0345", "\u1d2c", "\U0001f130"]:
    print(ascii(s), s.isupper(), s.islower(), s.istitle(), s.isalpha(),
          ascii(s.upper()), ascii(s.lower()), ascii(s.swapcase()), ascii(s.casefold()), ascii(s.title()))
for s in ["\u2167x", "x\u2167", "\u2160\u2170", "\u24b6\u24d0", "A\u1d43", "a\xaa", "\u1d43A", "\u01c5", "\u01c5a", "\u01c4\u01c6"]:
    print(ascii(s), s.isupper(), s.islower(), s.istitle(), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()))
# The final sigma: skipped over case-ignorable characters, decided by cased ones.
for s in ["\u0391\u03a3", "\u0391\u03a3\u0345", "\u0391\u03a3\u1d43", "\u0391\u03a3.", "\u0391.\u03a3", "\u2167\u03a3", "\u24b6\u03a3 x",
          "\u03a3", "1\u03a3", "\u0391\u03a3'\u0391", "\u0391\u03a3\u02b0\u0391", "\u1d43\u03a3"]:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()))
# Full mappings that expand.
for s in ["\xdf", "\u1e9e", "\ufb03", "\u0149", "\u1f80", "\u1f88", "\u0130", "\u0587", "\U00010400", "\U0001e922"]:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.casefold()), ascii(s.swapcase()))
