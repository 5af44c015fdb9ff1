using System.Text;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Code-point indexing over .NET's UTF-16 strings. CPython indexes str by code point; a .NET string stores an
/// astral character as a surrogate pair, so indices differ only for strings that contain a pair (PyStr.Kind 4).
/// </summary>
internal static class CodePointText
{
    public static bool IsPair(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);

    /// <summary>The code points of <paramref name="s"/> (a lone surrogate is its own code point, as in CPython).</summary>
    public static int[] ToCodePoints(string s)
    {
        var result = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (IsPair(s, i))
            {
                result.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                result.Add(s[i]);
            }
        }
        return result.ToArray();
    }

    public static void Append(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    public static string FromCodePoint(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    /// <summary>The UTF-16 offset of code point <paramref name="index"/> (0 ≤ index ≤ length).</summary>
    public static int Offset(string s, long index)
    {
        var i = 0;
        while (index > 0 && i < s.Length)
        {
            i += IsPair(s, i) ? 2 : 1;
            index--;
        }
        return i;
    }

    /// <summary>The code point index of UTF-16 offset <paramref name="offset"/>.</summary>
    public static int IndexOf(string s, int offset)
    {
        var n = 0;
        for (var i = 0; i < offset && i < s.Length; i++)
        {
            if (IsPair(s, i)) i++;
            n++;
        }
        return n;
    }

    /// <summary>Code point <paramref name="index"/> of <paramref name="s"/> as a string (one or two chars).</summary>
    public static string At(string s, int index)
    {
        var off = Offset(s, index);
        return IsPair(s, off) ? s.Substring(off, 2) : s[off].ToString();
    }

    /// <summary>
    /// Ordinal comparison by code point (unicode_compare): UTF-16 order differs from code point order only when
    /// a surrogate meets a character in U+E000..U+FFFF, so the first differing pair is fixed up.
    /// </summary>
    public static int Compare(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            int x = a[i], y = b[i];
            if (x == y) continue;
            if (x >= 0xD800 && y >= 0xD800)
            {
                x = Fix(x);
                y = Fix(y);
            }
            return x < y ? -1 : 1;
        }
        return a.Length.CompareTo(b.Length);
    }

    private static int Fix(int c) => c >= 0xE000 ? c - 0x800 : c + 0x2000;
}
