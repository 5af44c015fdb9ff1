"""Generates PyHeap's Unicode database from CPython 3.11's unicodedata (Unicode 14.0.0):
src/PyHeap.Language/Unicode/Data/ucd-properties.bin and ucd-names.bin (zlib-compressed, embedded resources).

Every value is read from the running CPython through its public behaviour (str predicates and case mappings,
unicodedata), never from UCD text files, so PyHeap agrees with CPython 3.11.7 even where the UCD and CPython
differ. Aliases and named sequences are not enumerable through unicodedata; CPython stores them at the private
code points U+F0000.. and U+F0200.., which the "namereplace" error handler names (it asks for aliases).
The binary layout is read by src/PyHeap.Language/Unicode/UcdReader.cs. Run: python3 scripts/gen-unicode-data.py
"""
import os
import struct
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11) and unicodedata.unidata_version == "14.0.0"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "PyHeap.Language", "Unicode", "Data")
MAX = 0x110000

# Flag bits; keep in sync with UcdFlags.cs.
ALPHA, DECIMAL, DIGIT, NUMERIC, LOWER, UPPER, TITLE, SPACE = (1 << i for i in range(8))
LINEBREAK, PRINTABLE, XID_START, XID_CONTINUE, CASED, CASE_IGNORABLE, MIRRORED = (1 << i for i in range(8, 15))
EXT_UPPER, EXT_LOWER, EXT_TITLE, EXT_FOLD = (1 << i for i in range(15, 19))
QC_NFD, QC_NFKD, QC_NFC, QC_NFKC = (1 << i for i in range(19, 23))
FORMS = (("NFD", QC_NFD), ("NFKD", QC_NFKD), ("NFC", QC_NFC), ("NFKC", QC_NFKC))


def varint(n):
    assert n >= 0
    b = bytearray()
    while n >= 0x80:
        b.append(n & 0x7F | 0x80)
        n >>= 7
    b.append(n)
    return bytes(b)


def text(s):
    # .NET BinaryReader.ReadString: 7-bit encoded byte length, then UTF-8 ("surrogatepass" never needed: mappings
    # and names hold no surrogates).
    b = s.encode("utf-8")
    return varint(len(b)) + b


def zigzag(n):
    return (n << 1) if n >= 0 else ((-n << 1) - 1)


def properties():
    ext_strings, ext_index = [], {}
    numerics, numeric_index = [0.0], {}
    categories, bidis, widths = [], [], []

    def intern(table, value):
        if value not in table:
            table.append(value)
        return table.index(value)

    def mapping(cp, mapped, flag):
        if len(mapped) == 1:
            return 0, ord(mapped) - cp
        if mapped not in ext_index:
            ext_index[mapped] = len(ext_strings)
            ext_strings.append(mapped)
        return flag, ext_index[mapped]

    records, record_index, per_cp = [], {}, []
    for cp in range(MAX):
        c = chr(cp)
        flags = 0
        flags |= ALPHA if c.isalpha() else 0
        flags |= DECIMAL if c.isdecimal() else 0
        flags |= DIGIT if c.isdigit() else 0
        flags |= NUMERIC if c.isnumeric() else 0
        flags |= LOWER if c.islower() else 0
        flags |= UPPER if c.isupper() else 0
        flags |= TITLE if unicodedata.category(c) == "Lt" else 0
        flags |= SPACE if c.isspace() else 0
        flags |= LINEBREAK if len(("a" + c + "b").splitlines()) == 2 else 0
        flags |= PRINTABLE if c.isprintable() else 0
        flags |= XID_START if c.isidentifier() and c != "_" else 0
        flags |= XID_CONTINUE if ("a" + c).isidentifier() else 0
        # Cased / Case_Ignorable are visible only through do_title (the previous char is cased) and the final-sigma
        # rule of str.lower (handle_capital_sigma skips case-ignorable chars, then asks whether the next is cased).
        cased = (c + "a").title()[-1] == "a"
        if cased:
            ignorable = ("1" + c + "\u03a3").lower()[-1] != "\u03c2"
        else:
            ignorable = ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
        flags |= CASED if cased else 0
        flags |= CASE_IGNORABLE if ignorable else 0
        flags |= MIRRORED if unicodedata.mirrored(c) else 0
        # The quick-check "Yes" of each form: unicodedata.normalize then returns its argument itself. No latin-1
        # char is "Maybe", and 1-char latin-1 results are cached singletons, so for those equality decides.
        for form, bit in FORMS:
            normalized = unicodedata.normalize(form, c)
            flags |= bit if normalized is c or (cp < 0x100 and normalized == c) else 0
        decimal = unicodedata.decimal(c, -1)
        digit = unicodedata.digit(c, -1)
        numeric = unicodedata.numeric(c, None)
        assert (numeric is not None) == bool(flags & NUMERIC) and (decimal != -1) == bool(flags & DECIMAL)
        if numeric is None:
            num = 0
        else:
            num = numeric_index.setdefault(numeric, len(numerics))
            if num == len(numerics):
                numerics.append(numeric)
        maps = [mapping(cp, c.upper(), EXT_UPPER), mapping(cp, c.lower(), EXT_LOWER),
                mapping(cp, c.title(), EXT_TITLE), mapping(cp, c.casefold(), EXT_FOLD)]
        for f, _ in maps:
            flags |= f
        rec = (flags, intern(categories, unicodedata.category(c)), unicodedata.combining(c),
               intern(bidis, unicodedata.bidirectional(c)), intern(widths, unicodedata.east_asian_width(c)),
               decimal, digit, num) + tuple(v for _, v in maps)
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        per_cp.append(record_index[rec])

    # Two-level table as in CPython's makeunicodedata.py: the shift that makes index1 + index2 smallest.
    best = None
    for shift in range(2, 12):
        size = 1 << shift
        blocks, index1, index2 = {}, [], []
        for start in range(0, MAX, size):
            block = tuple(per_cp[start:start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(blocks[block])
        if best is None or len(index1) + len(index2) < len(best[1]) + len(best[2]):
            best = (shift, index1, index2)
    shift, index1, index2 = best

    decompositions = [(cp, unicodedata.decomposition(chr(cp))) for cp in range(MAX)]
    decompositions = [(cp, d) for cp, d in decompositions if d]
    # Canonical pairs that NFC does not recompose (composition exclusions, singletons, non-starter decompositions).
    excluded = [cp for cp, d in decompositions
                if not d.startswith("<") and len(d.split()) == 2 and unicodedata.normalize("NFC", chr(cp)) != chr(cp)]

    out = bytearray(b"PYUCD1")
    out += text(unicodedata.unidata_version)
    for table in (categories, bidis, widths):
        out += varint(len(table)) + b"".join(text(s) for s in table)
    out += varint(len(numerics)) + b"".join(struct.pack("<d", x) for x in numerics)
    out += varint(len(ext_strings)) + b"".join(text(s) for s in ext_strings)
    out += varint(len(records))
    for flags, cat, comb, bidi, width, dec, dig, num, up, lo, ti, fo in records:
        out += struct.pack("<IBBBBbbH", flags, cat, comb, bidi, width, dec, dig, num)
        out += b"".join(varint(zigzag(x)) for x in (up, lo, ti, fo))
    out += bytes([shift]) + varint(len(index1)) + struct.pack("<%dH" % len(index1), *index1)
    out += varint(len(index2)) + struct.pack("<%dH" % len(index2), *index2)
    out += varint(len(decompositions))
    prev = 0
    for cp, d in decompositions:
        out += varint(cp - prev) + text(d)
        prev = cp
    out += varint(len(excluded)) + b"".join(varint(cp) for cp in excluded)
    print("properties: %d records, shift %d, index %d+%d, %d special mappings, %d numerics, %d decompositions, "
          "%d excluded" % (len(records), shift, len(index1), len(index2), len(ext_strings), len(numerics),
                           len(decompositions), len(excluded)))
    return bytes(out)


def names():
    named, ideographs = [], []
    for cp in range(MAX):
        # Hangul syllables and CJK unified ideographs are named algorithmically (unicodedata.c: _getucname).
        if 0xAC00 <= cp <= 0xD7A3:
            continue
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith("CJK UNIFIED IDEOGRAPH-"):
            if ideographs and ideographs[-1][1] == cp - 1:
                ideographs[-1][1] = cp
            else:
                ideographs.append([cp, cp])
        else:
            named.append((cp, name))

    def private(start):
        found = []
        for cp in range(start, start + 0x200):
            named_by = chr(cp).encode("ascii", "namereplace")
            if not named_by.startswith(b"\\N{"):
                break
            name = named_by[3:-1].decode("ascii")
            found.append((name, unicodedata.lookup(name)))
        return found

    aliases = private(0xF0000)
    sequences = private(0xF0200)
    assert all(len(v) == 1 for _, v in aliases) and all(len(v) > 1 for _, v in sequences)

    out = bytearray(b"PYUCN1")
    # Front coding: each name stores how many leading characters it shares with the previous one.
    out += varint(len(named))
    prev_cp, prev_name = 0, ""
    for cp, name in named:
        common = 0
        while common < min(len(name), len(prev_name)) and name[common] == prev_name[common]:
            common += 1
        out += varint(cp - prev_cp) + varint(common) + text(name[common:])
        prev_cp, prev_name = cp, name
    # The jamo short names of Hangul syllable names (unicodedata.c: hangul_syllables), read back from the names:
    # leading consonant L with vowel A, vowel V after the silent L (index 11), trailing consonant T after "A".
    base = 0xAC00
    leads = [unicodedata.name(chr(base + l * 21 * 28))[16:-1] for l in range(19)]
    vowels = [unicodedata.name(chr(base + (11 * 21 + v) * 28))[16:] for v in range(21)]
    trails = [unicodedata.name(chr(base + (11 * 21) * 28 + t))[17:] for t in range(28)]
    for table in (leads, vowels, trails):
        out += varint(len(table)) + b"".join(text(s) for s in table)
    out += varint(len(ideographs)) + b"".join(varint(a) + varint(b) for a, b in ideographs)
    out += varint(len(aliases)) + b"".join(text(n) + varint(ord(v)) for n, v in aliases)
    out += varint(len(sequences)) + b"".join(text(n) + text(v) for n, v in sequences)
    print("names: %d names, %d CJK unified ideograph ranges, %d aliases, %d named sequences"
          % (len(named), len(ideographs), len(aliases), len(sequences)))
    return bytes(out)


def write(name, data):
    packed = zlib.compress(data, 9)
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(packed)
    print("%s: %d bytes (%d uncompressed)" % (name, len(packed), len(data)))


os.makedirs(OUT, exist_ok=True)
write("ucd-properties.bin", properties())
write("ucd-names.bin", names())
