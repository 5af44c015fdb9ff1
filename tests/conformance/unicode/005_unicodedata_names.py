import unicodedata

for c in ["a", "\u2022", "\n", "\x85", "\uac01", "\ud7a3", "\u4e00", "\U0002a6df", "\U00017000", "\U0001b170",
          "\uf900", "\U0001f600", "\ue000", "\ud800", "\U000e0001", "\u0378"]:
    print(ascii(c), unicodedata.name(c, None))
names = ["BULLET", "bullet", "Latin Small Letter A", "LF", "lf", "NBSP", "BYTE ORDER MARK", "KEYCAP NUMBER SIGN",
         "keycap asterisk", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "HANGUL SYLLABLE GAGS", "hangul syllable gag",
         "HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-04E00",
         "CJK UNIFIED IDEOGRAPH-AC00", "TANGUT IDEOGRAPH-17000", "NOPE", "", " BULLET", "BULLET\0X", "x" * 257]
for n in names:
    try:
        print(repr(n[:40]), ascii(unicodedata.lookup(n)))
    except KeyError as e:
        print(repr(n[:40]), "KeyError", e)
print(ascii(unicodedata.lookup(b"bullet")))
for f, args in [(unicodedata.name, ("\n",)), (unicodedata.name, ("ab",)), (unicodedata.name, (1,)),
                (unicodedata.name, ()), (unicodedata.name, ("a", 1, 2)), (unicodedata.lookup, (1,)),
                (unicodedata.lookup, ()), (unicodedata.lookup, ("a", "b"))]:
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for call in [lambda: unicodedata.name(chr=1), lambda: unicodedata.lookup(name="x")]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
# Round trips over the Greek block.
print(all(unicodedata.lookup(unicodedata.name(chr(c))) == chr(c) for c in range(0x370, 0x400) if unicodedata.name(chr(c), None)))
