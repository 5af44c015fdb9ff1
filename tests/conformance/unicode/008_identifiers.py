# Non-ASCII identifiers: XID_Start/XID_Continue from Unicode 14 (U+00B7 MIDDLE DOT continues a name), and
# NFKC normalization of every name (the ligature ﬁ is fi, ℌ is H, mathematical letters are plain letters).
ﬁ = 1
print(fi, ﬁ)
ℌ = 2
print(H)
a·b = 3
print(a·b)
𝔘𝔫𝔦 = 4
print(Uni)
print(sorted(n for n in globals() if not n.startswith("__")))


def f(ﬁrst, *, ｋｗ=5):
    return ﬁrst + kw


print(f(first=1), f(1, kw=2))


class Ｃ:
    ﬀ = 6


print(C.ff, C.__name__, Ｃ.ﬀ)
print("ﬁ".isidentifier(), "a·b".isidentifier(), "·a".isidentifier(), "ℌ".isidentifier(), "Ⅷ".isidentifier(),
      "x\u0301".isidentifier(), "\u0301x".isidentifier(), "\U0001e4f0".isidentifier())
