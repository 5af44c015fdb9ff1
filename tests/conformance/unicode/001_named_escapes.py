# \N{...} escapes: names, aliases, ASCII case-insensitive lookup, algorithmic Hangul and CJK names.
s = "\N{BULLET} \N{bullet} \N{Em Dash} \N{GREEK SMALL LETTER ALPHA}"
print(ascii(s), len(s))
print(ascii("\N{LINE FEED}\N{LF}\N{lf}\N{NEL}\N{BYTE ORDER MARK}\N{ZWNJ}"))
print(ascii("\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE YI}\N{HANGUL SYLLABLE A}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-04E00}\N{CJK UNIFIED IDEOGRAPH-2A6DF}"))
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{NUSHU CHARACTER-1B170}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"))
print(ascii("\N{GRINNING FACE}"), len("\N{GRINNING FACE}"))
n = 3
print(f"\N{BULLET} {n} \N{EM DASH} {n:\N{MIDDLE DOT}>5}")
print(f"{{\N{BULLET}}}")
print(b"\N{BULLET}", len(b"\N{BULLET}"))
print(r"\N{BULLET}", len(r"\N{BULLET}"))
print(rb"\N{BULLET}")
print("\N{LATIN SMALL LETTER A}" "b" "\N{LATIN SMALL LETTER C}")
a = "\N{LATIN SMALL LETTER A}"
print(a == "a", "\N{DIGIT ONE}" == "1", len(a))
