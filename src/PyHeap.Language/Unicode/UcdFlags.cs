namespace PyHeap.Language.Unicode;

/// <summary>Per-code-point flags of the Unicode database (the bits of Objects/unicodectype.c's type records, plus
/// whether a case mapping is a multi-char string). Keep in sync with scripts/gen-unicode-data.py.</summary>
[Flags]
public enum UcdFlags : uint
{
    None = 0,
    Alpha = 1 << 0,
    Decimal = 1 << 1,
    Digit = 1 << 2,
    Numeric = 1 << 3,
    Lower = 1 << 4,
    Upper = 1 << 5,
    Title = 1 << 6,
    Space = 1 << 7,
    Linebreak = 1 << 8,
    Printable = 1 << 9,
    XidStart = 1 << 10,
    XidContinue = 1 << 11,
    Cased = 1 << 12,
    CaseIgnorable = 1 << 13,
    Mirrored = 1 << 14,
    ExtendedUpper = 1 << 15,
    ExtendedLower = 1 << 16,
    ExtendedTitle = 1 << 17,
    ExtendedFold = 1 << 18,

    /// <summary>Normalization quick check "Yes" (DerivedNormalizationProps), per form.</summary>
    QuickNfd = 1 << 19,
    QuickNfkd = 1 << 20,
    QuickNfc = 1 << 21,
    QuickNfkc = 1 << 22,
}
