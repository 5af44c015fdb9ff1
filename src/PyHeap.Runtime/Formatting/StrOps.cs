using System.Globalization;
using System.Text;

namespace PyHeap.Runtime.Formatting;

/// <summary>
/// str methods with Python semantics where .NET's differ. Strings are UTF-16: a surrogate pair is classified as the
/// code point it encodes, but indices (find, count, slices) are UTF-16 offsets, which equal CPython's code point
/// indices only for BMP-only strings. Character properties come from .NET's Unicode tables (newer than 3.11's 14.0).
/// </summary>
public static partial class StrOps
{
    /// <summary>str.isspace for one char: .NET's whitespace plus the separators \x1c-\x1f that Python also counts.</summary>
    public static bool IsSpace(char c) => c < 0x80
        ? c is ' ' or (>= '\t' and <= '\r') or (>= '\x1c' and <= '\x1f')
        : char.IsWhiteSpace(c);

    public static bool IsSpace(string s) => All(s, static (str, i) => IsSpace(str[i]));

    public static bool IsAlpha(string s) => All(s, static (str, i) => IsAlphaAt(str, i));

    public static bool IsDecimal(string s) => All(s, static (str, i) => CharUnicodeInfo.GetUnicodeCategory(str, i) == UnicodeCategory.DecimalDigitNumber);

    public static bool IsDigit(string s) => All(s, static (str, i) => CharUnicodeInfo.GetDigitValue(str, i) >= 0);

    /// <summary>str.isnumeric. Gap: CJK ideographs with Unihan-only numeric values (e.g. '一') are not numeric here.</summary>
    public static bool IsNumeric(string s) => All(s, static (str, i) => IsNumericAt(str, i));

    public static bool IsAlnum(string s) => All(s, static (str, i) => IsAlphaAt(str, i) || IsNumericAt(str, i));

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

    /// <summary>str.isupper: at least one cased char and no lowercase or titlecase ones.</summary>
    public static bool IsUpper(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length; i++)
        {
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(s, i);
            if (cat is UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
            {
                return false;
            }

            cased |= cat == UnicodeCategory.UppercaseLetter;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        return cased;
    }

    /// <summary>str.islower: at least one cased char and no uppercase or titlecase ones.</summary>
    public static bool IsLower(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length; i++)
        {
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(s, i);
            if (cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter)
            {
                return false;
            }

            cased |= cat == UnicodeCategory.LowercaseLetter;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        return cased;
    }

    /// <summary>str.istitle: uppercase/titlecase only after uncased chars, lowercase only after cased ones.</summary>
    public static bool IsTitle(string s)
    {
        bool cased = false, previousIsCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(s, i);
            if (cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter)
            {
                if (previousIsCased)
                {
                    return false;
                }

                previousIsCased = true;
                cased = true;
            }
            else if (cat == UnicodeCategory.LowercaseLetter)
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

            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        return cased;
    }

    /// <summary>str.isidentifier, approximating XID_Start/XID_Continue by general category (NFKC subtleties ignored).</summary>
    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        for (int i = 0; i < s.Length; i++)
        {
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(s, i);
            bool start = s[i] == '_' || cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
            bool ok = i == 0 ? start : start || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
            if (!ok)
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

    private static bool IsAlphaAt(string s, int i) => CharUnicodeInfo.GetUnicodeCategory(s, i) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    private static bool IsNumericAt(string s, int i) => CharUnicodeInfo.GetNumericValue(s, i) != -1;

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
