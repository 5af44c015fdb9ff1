# str predicates follow Unicode 14.0.0 (CPython 3.11's), not a newer Unicode: characters assigned in Unicode 15
# (U+1E4F0 NAG MUNDARI DIGIT ZERO, U+11F50 KAWI DIGIT ZERO, U+1F6DC WIRELESS, U+31350 CJK Extension H) are unassigned.
chars = ["a", "\xaa", "\u02b0", "\u0660", "\u0966", "\xb2", "\xbd", "\u2167", "\u4e00", "\u4e8c", "\u96f6", "\u3007",
         "\U0001d7ce", "\U0001e4f0", "\U00011f50", "\U0001f6dc", "\U00031350", "\xa0", "\u2028", "\u1680", "\x1c",
         "\x85", "\u200b", "\ufeff", "\ue000", "\u0378", "\u0301", "\u2118", "\u212e", "\u309b", "\u00b7", "\u0387",
         "\u1369", "\u19da", "\U0001f600", "_", "\u2160", "\u2070", "\u2080"]
for c in chars:
    print(ascii(c), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isspace(),
          c.isprintable(), c.isidentifier(), ("a" + c).isidentifier(), repr(c) == "'" + c + "'")
print(repr("\U0001e4f0\U0001f6dc\u0378\ue000\u2028\xa0 \u1680"))
print(int("\u0661\u0662\u0663"), int("\uff14\uff12"), float("\u0661.\u0665"), int("\U0001d7d9\U0001d7ce"))
for text in ["\U0001e4f1", "\u00b2", "\u2167"]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError", ascii(str(e)))
print("a\u2028b\x1cc\x85d\u2029e".splitlines())
print("a\u1680b\u2000c\u3000d\x1fe".split())
print(ascii(" \u3000x\u2029".strip()))
