using System.Globalization;
using System.Text;
using PyHeap.Runtime.Formatting;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// repr() of str and bytes and ascii() escaping for runtime code (error messages quote values with these).
/// Delegates to Formatting.StrRepr, which models unicode_repr and PyBytes_Repr.
/// </summary>
public static class TextEscapes
{
    /// <summary>The repr of a str: single quotes unless the text has ' and no ".</summary>
    public static string Repr(string s) => StrRepr.Repr(s);

    /// <summary>Py_UNICODE_ISPRINTABLE.</summary>
    public static bool IsPrintable(int cp) => StrRepr.IsPrintable(cp);

    /// <summary>
    /// ascii() of an already-built repr: every non-ASCII code point escaped (PyObject_ASCII uses the
    /// backslashreplace handler, so a lone surrogate becomes \udXXX).
    /// </summary>
    public static string AsciiEscape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (ch < 0x80) sb.Append(ch);
            else if (char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(ch, s[i + 1]).ToString("x8", CultureInfo.InvariantCulture));
                i++;
            }
            else if (ch <= 0xff) sb.Append("\\x").Append(((int)ch).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The repr of bytes: b'…' with \x escapes.</summary>
    public static string BytesRepr(ReadOnlySpan<byte> data) => StrRepr.BytesRepr(data);
}
