def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

for spec in ["", "s", "10", "<10", ">10", "^10", "^9", "*^9", "-<6", ".2", "10.2", ">10.3s", "é^7", "😀>5", "0>5", "05", "1", ".0"]:
    t("mid", spec)
for spec in ["d", "+", " ", "=5", "#", ",", "_", "z", ".", "x5"]:
    t("mid", spec)
t("日本語", "^9")
t("😀😀", "*<5")
t("😀abc", ".2")
t("", "^3")
s = "same"
print(format(s, "") is s, format(s, "s") == s)
