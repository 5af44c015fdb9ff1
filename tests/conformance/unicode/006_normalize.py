import unicodedata

samples = ["", "abc", "\xe9", "e\u0301", "\ufb01", "\u1e9b\u0323", "\uac01", "\u1100\u1161\u11a8", "\u0958",
           "a\u0301\u0323", "\u2167", "\u00bd", "\u212b", "\u0344", "\U0001d400", "\u0f73", "\u3131\u314f",
           "\U0002f800", "\u1100\u1161\u11a7", "\u0041\u030a\u0301", "\xc5\u0327"]
for s in samples:
    print(ascii(s), [ascii(unicodedata.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [unicodedata.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
# A string the quick check accepts is returned itself.
for s in ["abc", "caf\xe9", "\u4e00\u4e8c", "e\u0301", "\u0301", "\uac00", "\ufb01"]:
    print(ascii(s), [unicodedata.normalize(f, s) is s for f in ("NFC", "NFD", "NFKC", "NFKD")])
for args in [("NFX", "a"), ("NFC", 1), (1, "a"), ("NFC",), ("nfc", "a")]:
    try:
        print(unicodedata.normalize(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [("NFQ", "a"), (1, "a")]:
    try:
        print(unicodedata.is_normalized(*args))
    except Exception as e:
        print(type(e).__name__, e)
