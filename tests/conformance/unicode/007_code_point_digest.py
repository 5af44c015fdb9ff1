# Every 31st code point of every plane: predicates, case mappings, repr and the unicodedata properties, hashed per
# 0x8000 block (str hashes are PYTHONHASHSEED=0's), so any difference from CPython's Unicode 14 data shows.
import unicodedata

for block in range(0, 0x110000, 0x8000):
    parts = []
    for cp in range(block + 3, block + 0x8000, 31):
        c = chr(cp)
        parts.append("%d%d%d%d%d%d%d%d%d%d%d" % (c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
                                              c.isprintable(), c.isidentifier(), ("a" + c).isidentifier(),
                                              c.isupper(), c.islower(), c.istitle()))
        parts.append(c.upper() + c.lower() + c.title() + c.casefold() + repr(c) + ("A" + c + "\u03a3").lower())
        parts.append(unicodedata.category(c) + unicodedata.bidirectional(c) + unicodedata.east_asian_width(c)
                     + str(unicodedata.combining(c)) + unicodedata.decomposition(c) + str(unicodedata.numeric(c, ""))
                     + unicodedata.name(c, "") + unicodedata.normalize("NFKC", c))
    print(hex(block), hash("".join(parts)))
