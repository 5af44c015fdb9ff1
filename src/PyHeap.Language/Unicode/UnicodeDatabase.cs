namespace PyHeap.Language.Unicode;

using System.Text;

/// <summary>
/// CPython 3.11's character database (Unicode 14.0.0): the properties behind str's predicates and case mappings
/// (Objects/unicodectype.c) and the unicodedata module (Modules/unicodedata.c). .NET's own tables follow a newer
/// Unicode version, so everything that must agree with CPython reads this instead. The data is generated from
/// CPython by scripts/gen-unicode-data.py and loaded on first use.
/// </summary>
public static class UnicodeDatabase
{
    public static string Version => Holder.Tables.Version;

    public static UcdRecord Get(int cp) => Holder.Tables[cp];

    public static bool Is(int cp, UcdFlags flag) => Holder.Tables[cp].Has(flag);

    public static string Category(int cp) => Holder.Tables.Categories[Get(cp).Category];

    public static string Bidirectional(int cp) => Holder.Tables.Bidirectionals[Get(cp).Bidirectional];

    public static string EastAsianWidth(int cp) => Holder.Tables.EastAsianWidths[Get(cp).EastAsianWidth];

    public static int Combining(int cp) => Get(cp).Combining;

    public static bool Mirrored(int cp) => Is(cp, UcdFlags.Mirrored);

    /// <summary>unicodedata.decomposition's text ("&lt;compat&gt; 0020 0308"), or "" (Hangul syllables included).</summary>
    public static string Decomposition(int cp) => Holder.Tables.Decompositions.GetValueOrDefault(cp, "");

    /// <summary>The decimal value, or -1 (Py_UNICODE_TODECIMAL).</summary>
    public static int Decimal(int cp) => Get(cp).Decimal;

    /// <summary>The digit value, or -1 (Py_UNICODE_TODIGIT).</summary>
    public static int Digit(int cp) => Get(cp).Digit;

    /// <summary>The numeric value (Unihan values included, as CPython's), or null.</summary>
    public static double? Numeric(int cp)
    {
        var record = Get(cp);
        return record.Has(UcdFlags.Numeric) ? Holder.Tables.Numerics[record.Numeric] : null;
    }

    /// <summary>Appends the full uppercase mapping (_PyUnicode_ToUpperFull).</summary>
    public static void AppendUpper(StringBuilder sb, int cp)
    {
        var r = Get(cp);
        Append(sb, cp, r.Upper, r.Has(UcdFlags.ExtendedUpper));
    }

    /// <summary>Appends the full lowercase mapping without the final-sigma rule (_PyUnicode_ToLowerFull).</summary>
    public static void AppendLower(StringBuilder sb, int cp)
    {
        var r = Get(cp);
        Append(sb, cp, r.Lower, r.Has(UcdFlags.ExtendedLower));
    }

    /// <summary>Appends the full titlecase mapping (_PyUnicode_ToTitleFull).</summary>
    public static void AppendTitle(StringBuilder sb, int cp)
    {
        var r = Get(cp);
        Append(sb, cp, r.Title, r.Has(UcdFlags.ExtendedTitle));
    }

    /// <summary>Appends the case folding (_PyUnicode_ToFoldedFull).</summary>
    public static void AppendFold(StringBuilder sb, int cp)
    {
        var r = Get(cp);
        Append(sb, cp, r.Fold, r.Has(UcdFlags.ExtendedFold));
    }

    internal static UcdTables Tables => Holder.Tables;

    private static void Append(StringBuilder sb, int cp, int value, bool extended)
    {
        if (extended)
        {
            sb.Append(Holder.Tables.SpecialMappings[value]);
            return;
        }
        int mapped = cp + value;
        if (mapped < 0x10000) sb.Append((char)mapped);
        else sb.Append(char.ConvertFromUtf32(mapped));
    }

    private static class Holder
    {
        public static readonly UcdTables Tables;

        // An explicit static constructor keeps the load lazy: it runs on first use, not at start-up.
        static Holder() => Tables = UcdTables.Load();
    }
}
