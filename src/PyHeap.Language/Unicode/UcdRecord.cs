namespace PyHeap.Language.Unicode;

/// <summary>The properties shared by a run of code points (Objects/unicodectype.c's _PyUnicode_TypeRecord merged
/// with Modules/unicodedata.c's _PyUnicode_DatabaseRecord). A case mapping is a code point delta, or, when its
/// Extended flag is set, an index into the table of multi-char mappings.</summary>
public readonly record struct UcdRecord(
    UcdFlags Flags,
    byte Category,
    byte Combining,
    byte Bidirectional,
    byte EastAsianWidth,
    sbyte Decimal,
    sbyte Digit,
    ushort Numeric,
    int Upper,
    int Lower,
    int Title,
    int Fold)
{
    public bool Has(UcdFlags flag) => (Flags & flag) != 0;
}
