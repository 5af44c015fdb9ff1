using System.Text;
using PyHeap.Language.Unicode;

namespace PyHeap.Runtime.Formatting;

public static partial class StrOps
{
    /// <summary>str.upper with full mappings ('ß' → 'SS').</summary>
    public static string Upper(string s) => Map(s, static (sb, str, i, cp) => AppendUpper(sb, cp));

    /// <summary>str.lower with full mappings and the final-sigma rule.</summary>
    public static string Lower(string s) => Map(s, static (sb, str, i, cp) => AppendLower(sb, str, i, cp));

    /// <summary>str.casefold.</summary>
    public static string Casefold(string s) => Map(s, static (sb, str, i, cp) => UnicodeDatabase.AppendFold(sb, cp));

    /// <summary>str.swapcase: uppercase chars lowered, lowercase chars uppered (Models do_swapcase).</summary>
    public static string SwapCase(string s) => Map(s, static (sb, str, i, cp) =>
    {
        var r = UnicodeDatabase.Get(cp);
        if (r.Has(UcdFlags.Upper))
        {
            AppendLower(sb, str, i, cp);
        }
        else if (r.Has(UcdFlags.Lower))
        {
            AppendUpper(sb, cp);
        }
        else
        {
            AppendCodePoint(sb, cp);
        }
    });

    /// <summary>str.title (Models do_title: titlecase after an uncased char, lowercase after a cased one).</summary>
    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousIsCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = CodePointAt(s, i, out int width);
            if (previousIsCased)
            {
                AppendLower(sb, s, i, cp);
            }
            else
            {
                AppendTitle(sb, cp);
            }

            previousIsCased = IsCased(cp);
            i += width - 1;
        }

        return sb.ToString();
    }

    /// <summary>str.capitalize (3.8+: first char titlecased, the rest lowercased).</summary>
    public static string Capitalize(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        int first = CodePointAt(s, 0, out int width);
        AppendTitle(sb, first);
        for (int i = width; i < s.Length; i++)
        {
            int cp = CodePointAt(s, i, out int w);
            AppendLower(sb, s, i, cp);
            i += w - 1;
        }

        return sb.ToString();
    }

    private static string Map(string s, Action<StringBuilder, string, int, int> append)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = CodePointAt(s, i, out int width);
            append(sb, s, i, cp);
            i += width - 1;
        }

        return sb.ToString();
    }

    private static void AppendUpper(StringBuilder sb, int cp) => UnicodeDatabase.AppendUpper(sb, cp);

    private static void AppendTitle(StringBuilder sb, int cp) => UnicodeDatabase.AppendTitle(sb, cp);

    /// <summary>Models lower_ucs4: the full lowercase mapping, with the final-sigma rule for U+03A3.</summary>
    private static void AppendLower(StringBuilder sb, string s, int i, int cp)
    {
        if (cp == 0x3A3)
        {
            sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
        }
        else
        {
            UnicodeDatabase.AppendLower(sb, cp);
        }
    }

    /// <summary>Models unicodeobject.c: handle_capital_sigma: \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased}).</summary>
    private static bool IsFinalSigma(string s, int i)
    {
        int j = i - 1;
        int c = 0;
        while (j >= 0)
        {
            c = s[j];
            if (char.IsLowSurrogate(s[j]) && j > 0 && char.IsHighSurrogate(s[j - 1]))
            {
                c = char.ConvertToUtf32(s[j - 1], s[j]);
                j--;
            }

            if (!IsCaseIgnorable(c))
            {
                break;
            }

            j--;
        }

        if (j < 0 || !IsCased(c))
        {
            return false;
        }

        for (int k = i + 1; k < s.Length; k++)
        {
            int d = CodePointAt(s, k, out int width);
            if (!IsCaseIgnorable(d))
            {
                return !IsCased(d);
            }

            k += width - 1;
        }

        return true;
    }

    private static bool IsCased(int cp) => UnicodeDatabase.Is(cp, UcdFlags.Cased);

    private static bool IsCaseIgnorable(int cp) => UnicodeDatabase.Is(cp, UcdFlags.CaseIgnorable);
}
