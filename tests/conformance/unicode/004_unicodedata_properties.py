import unicodedata

print(unicodedata.unidata_version, unicodedata.__name__)
for c in ["a", "A", "\u01c5", "1", "\u0661", "\xbd", "\u0301", "\u0488", "\u0903", " ", "\n", "\xad", "\ud800", "\ue000",
          "\u0378", "\U0001e4f0", "(", "\u4e00", "\uff21", "\uac00", "\u00e9", "\ufb01", "\u2167", "\U0001f600", "\u05d0"]:
    print(ascii(c), unicodedata.category(c), repr(unicodedata.bidirectional(c)), unicodedata.combining(c),
          unicodedata.east_asian_width(c), unicodedata.mirrored(c), repr(unicodedata.decomposition(c)),
          unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))
for c in ["\u4e07", "\u5146", "\u2189", "\u0f33", "\U00012432", "\u00bc", "\u2152"]:
    print(ascii(c), unicodedata.numeric(c))
calls = [
    (unicodedata.category, ("ab",)), (unicodedata.category, (1,)), (unicodedata.category, ()),
    (unicodedata.bidirectional, ("",)), (unicodedata.combining, (b"a",)), (unicodedata.mirrored, ("a", "b")),
    (unicodedata.numeric, ("a",)), (unicodedata.numeric, ("a", "dflt")), (unicodedata.numeric, ("ab",)),
    (unicodedata.decimal, ("\xbd",)), (unicodedata.decimal, ("\xbd", -1)), (unicodedata.digit, ("a",)),
    (unicodedata.digit, ()), (unicodedata.digit, ("a", 1, 2)), (unicodedata.decomposition, (1.5,)),
]
for f, args in calls:
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
