using System.Text;
using PyHeap.Language.Unicode;

namespace PyHeap.Runtime.Formatting;

/// <summary>
/// repr()/ascii() of str and bytes exactly as CPython 3.11 (Objects/unicodeobject.c: unicode_repr,
/// Objects/bytesobject.c: PyBytes_Repr). A .NET surrogate pair is treated as the one code point it encodes;
/// a lone surrogate is escaped as \udXXX just like CPython does. Printability comes from CPython 3.11's Unicode 14.0
/// database (PyHeap.Language.Unicode), not from .NET's newer tables.
/// </summary>
public static class StrRepr
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>repr(str).</summary>
    public static string Repr(string s) => Escape(s, asciiOnly: false);

    /// <summary>ascii(str): like repr but every non-ASCII code point escaped.</summary>
    public static string Ascii(string s) => Escape(s, asciiOnly: true);

    /// <summary>Python's str.isprintable for one code point (Py_UNICODE_ISPRINTABLE, from CPython's Unicode 14.0 data).</summary>
    public static bool IsPrintable(int codePoint) => codePoint < 0x7F
        ? codePoint >= 0x20
        : UnicodeDatabase.Is(codePoint, UcdFlags.Printable);

    private static string Escape(string s, bool asciiOnly)
    {
        bool hasSingle = s.Contains('\'');
        char quote = hasSingle && !s.Contains('"') ? '"' : '\'';

        // Fast path: nothing to escape.
        bool plain = true;
        foreach (char c in s)
        {
            if (c < 0x20 || c >= 0x7F || c == '\\' || c == quote)
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return string.Concat(quote.ToString(), s, quote.ToString());
        }

        var sb = new StringBuilder(s.Length + 8);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c < 0x20 || c == 0x7F)
            {
                AppendHex(sb, 'x', c, 2);
            }
            else if (c < 0x7F)
            {
                sb.Append(c);
            }
            else
            {
                int cp = c;
                int width = 1;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    cp = char.ConvertToUtf32(c, s[i + 1]);
                    width = 2;
                }

                if (!asciiOnly && IsPrintable(cp))
                {
                    sb.Append(s, i, width);
                }
                else if (cp <= 0xFF)
                {
                    AppendHex(sb, 'x', cp, 2);
                }
                else if (cp <= 0xFFFF)
                {
                    AppendHex(sb, 'u', cp, 4);
                }
                else
                {
                    AppendHex(sb, 'U', cp, 8);
                }

                i += width - 1;
            }
        }

        sb.Append(quote);
        return sb.ToString();
    }

    private static void AppendHex(StringBuilder sb, char kind, int value, int digits)
    {
        sb.Append('\\').Append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            sb.Append(HexDigits[(value >> shift) & 0xF]);
        }
    }

    /// <summary>repr(bytes): b'...' (Objects/bytesobject.c: PyBytes_Repr with smartquotes).</summary>
    public static string BytesRepr(ReadOnlySpan<byte> data) => BytesRepr(data, "b");

    /// <summary>repr of a bytes-like value with a given prefix, e.g. "b".</summary>
    public static string BytesRepr(ReadOnlySpan<byte> data, string prefix) => BytesRepr(data, prefix, alwaysEscapeSingle: false);

    /// <summary>
    /// The b'...' inside bytearray_repr: the quote is chosen as for bytes, but a single quote is escaped even
    /// inside double quotes (bytearray(b"it\'s")).
    /// </summary>
    public static string ByteArrayRepr(ReadOnlySpan<byte> data) => BytesRepr(data, "b", alwaysEscapeSingle: true);

    private static string BytesRepr(ReadOnlySpan<byte> data, string prefix, bool alwaysEscapeSingle)
    {
        bool hasSingle = data.IndexOf((byte)'\'') >= 0;
        char quote = hasSingle && data.IndexOf((byte)'"') < 0 ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 3 + prefix.Length);
        sb.Append(prefix).Append(quote);
        foreach (byte b in data)
        {
            if (b == quote || b == '\\' || (alwaysEscapeSingle && b == '\''))
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < 0x20 || b >= 0x7F)
            {
                AppendHex(sb, 'x', b, 2);
            }
            else
            {
                sb.Append((char)b);
            }
        }

        sb.Append(quote);
        return sb.ToString();
    }
}
