samples = ["ascii", "café", "naïve résumé", "日本語テキスト", "한국어", "😀👍🏽", "a😀b", "Ωmega", "\u0301e", "🇫🇷", "\x00\x7f\x80\xff"]
for s in samples:
    print(repr(s), len(s), repr(s[0]), repr(s[-1]), repr(s[1:3]), repr(s.upper()), repr(s.lower()))
    print("  ", [ord(c) for c in s])
print(len("👍🏽"), list("👍🏽"))
print(chr(0x1F600) == "😀", ord("😀"), hex(ord("€")))
print("😀" * 3, len("😀" * 3))
print("中文" + "😀", ("中文" + "😀")[2])
