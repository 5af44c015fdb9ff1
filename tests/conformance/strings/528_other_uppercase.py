# Letter-number and symbol characters with the Other_Uppercase/Other_Lowercase property are cased for Python.
for s in ["Ⅷ", "ⅷ", "Ⓐ", "ⓐ", "ᵃ", "ª"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), repr(s.upper()), repr(s.lower()))
