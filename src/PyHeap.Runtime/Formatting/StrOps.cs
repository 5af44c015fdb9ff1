using System.Text;
using PyHeap.Language.Unicode;

namespace PyHeap.Runtime.Formatting;

/// <summary>
/// str methods with Python semantics where .NET's differ. Strings are UTF-16: a surrogate pair is classified as the
/// code point it encodes, but indices (find, count, slices) are UTF-16 offsets, which equal CPython's code point
/// indices only for BMP-only strings. Character properties come from CPython 3.11's Unicode 14.0 database
/// (PyHeap.Language.Unicode.UnicodeDatabase), never from .NET's newer tables.
/// </summary>
public static partial class StrOps
{
    /// <summary>str.isspace for one char (Py_UNICODE_ISSPACE: _Py_ascii_whitespace, else the database).</summary>
    public static bool IsSpace(char c) => c < 0x80
        ? c is ' ' or (>= '\t' and <= '\r') or (>= '\x1c' and <= '\x1f')
        : UnicodeDatabase.Is(c, UcdFlags.Space);

    public static bool IsSpace(string s) => All(s, static (str, i) => IsSpace(str[i]));

    public static bool IsAlpha(string s) => All(s, static (str, i) => Has(str, i, UcdFlags.Alpha));

    public static bool IsDecimal(string s) => All(s, static (str, i) => Has(str, i, UcdFlags.Decimal));

    public static bool IsDigit(string s) => All(s, static (str, i) => Has(str, i, UcdFlags.Digit));

    /// <summary>str.isnumeric (Unihan numeric values included, as CPython's).</summary>
    public static bool IsNumeric(string s) => All(s, static (str, i) => Has(str, i, UcdFlags.Numeric));

    /// <summary>str.isalnum: alpha, decimal, digit or numeric (the last includes the other two).</summary>
    public static bool IsAlnum(string s) => All(s, static (str, i) => Has(str, i, UcdFlags.Alpha) || Has(str, i, UcdFlags.Numeric));

    public static bool IsAscii(string s)
    {
        foreach (char c in s)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>str.isprintable (true for the empty string).</summary>
    public static bool IsPrintable(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int cp = CodePointAt(s, i, out int width);
            if (!StrRepr.IsPrintable(cp))
            {
                return false;
            }

            i += width - 1;
        }

        return true;
    }

    /// <summary>str.isupper: at least one uppercase char and no lowercase or titlecase ones (Uppercase includes
    /// Other_Uppercase, e.g. U+2167 and U+24B6).</summary>
    public static bool IsUpper(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length; i++)
        {
            var r = UnicodeDatabase.Get(CodePointAt(s, i, out int width));
            if (r.Has(UcdFlags.Lower) || r.Has(UcdFlags.Title))
            {
                return false;
            }

            cased |= r.Has(UcdFlags.Upper);
            i += width - 1;
        }

        return cased;
    }

    /// <summary>str.islower: at least one lowercase char and no uppercase or titlecase ones (Lowercase includes
    /// Other_Lowercase, e.g. U+00AA and U+1D43).</summary>
    public static bool IsLower(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length; i++)
        {
            var r = UnicodeDatabase.Get(CodePointAt(s, i, out int width));
            if (r.Has(UcdFlags.Upper) || r.Has(UcdFlags.Title))
            {
                return false;
            }

            cased |= r.Has(UcdFlags.Lower);
            i += width - 1;
        }

        return cased;
    }

    /// <summary>str.istitle: uppercase/titlecase only after uncased chars, lowercase only after cased ones.</summary>
    public static bool IsTitle(string s)
    {
        bool cased = false, previousIsCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            var r = UnicodeDatabase.Get(CodePointAt(s, i, out int width));
            if (r.Has(UcdFlags.Upper) || r.Has(UcdFlags.Title))
            {
                if (previousIsCased)
                {
                    return false;
                }

                previousIsCased = true;
                cased = true;
            }
            else if (r.Has(UcdFlags.Lower))
            {
                if (!previousIsCased)
                {
                    return false;
                }

                previousIsCased = true;
                cased = true;
            }
            else
            {
                previousIsCased = false;
            }

            i += width - 1;
        }

        return cased;
    }

    /// <summary>str.isidentifier: XID_Start or '_', then XID_Continue (no NFKC normalization, as CPython's).</summary>
    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        for (int i = 0; i < s.Length; i++)
        {
            int cp = CodePointAt(s, i, out int width);
            bool ok = i == 0 ? cp == '_' || UnicodeDatabase.Is(cp, UcdFlags.XidStart) : UnicodeDatabase.Is(cp, UcdFlags.XidContinue);
            if (!ok)
            {
                return false;
            }

            i += width - 1;
        }

        return true;
    }

    private static bool Has(string s, int i, UcdFlags flag) => UnicodeDatabase.Is(CodePointAt(s, i, out _), flag);

    /// <summary>True when non-empty and every code point satisfies the predicate (given the string and index).</summary>
    private static bool All(string s, Func<string, int, bool> predicate)
    {
        if (s.Length == 0)
        {
            return false;
        }

        for (int i = 0; i < s.Length; i++)
        {
            if (!predicate(s, i))
            {
                return false;
            }

            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        return true;
    }

    internal static int CodePointAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }

        width = 1;
        return s[i];
    }

    internal static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            sb.Append((char)cp);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
    }
}
