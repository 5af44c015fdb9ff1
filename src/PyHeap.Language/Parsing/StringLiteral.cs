namespace PyHeap.Language.Parsing;

using System.Text;
using PyHeap.Language.Unicode;

/// <summary>Splits a STRING token into prefix flags and body, and decodes backslash escapes.</summary>
internal static class StringLiteral
{
    /// <summary>Prefix flags, and the body's offset and length inside the token text.</summary>
    public readonly record struct Parts(bool Raw, bool Bytes, bool Format, int BodyStart, int BodyLength);

    public static Parts Split(string text)
    {
        int i = 0;
        bool raw = false, bytes = false, format = false;
        while (text[i] is not ('\'' or '"'))
        {
            switch (char.ToLowerInvariant(text[i]))
            {
                case 'r': raw = true; break;
                case 'b': bytes = true; break;
                case 'f': format = true; break;
            }
            i++;
        }
        int q = text.Length - i >= 6 && text[i + 1] == text[i] && text[i + 2] == text[i] ? 3 : 1;
        return new Parts(raw, bytes, format, i + q, text.Length - i - 2 * q);
    }

    /// <summary>Decodes the escape at <paramref name="i"/> (a backslash) into <paramref name="sb"/>; returns the index
    /// after it. <paramref name="s"/> ends where the literal chunk ends; <paramref name="chunkStart"/> is where it
    /// starts (CPython decodes each string token, and each literal piece of an f-string, on its own).
    /// Errors come back as CPython's message for the caller to place.</summary>
    public static int DecodeEscape(string s, int i, bool bytes, StringBuilder sb, out string? error, int chunkStart = 0)
    {
        error = null;
        if (i + 1 >= s.Length)
        {
            sb.Append('\\');
            return i + 1;
        }
        char c = s[i + 1];
        switch (c)
        {
            case '\n': return i + 2;
            case '\\': sb.Append('\\'); return i + 2;
            case '\'': sb.Append('\''); return i + 2;
            case '"': sb.Append('"'); return i + 2;
            case 'a': sb.Append('\a'); return i + 2;
            case 'b': sb.Append('\b'); return i + 2;
            case 'f': sb.Append('\f'); return i + 2;
            case 'n': sb.Append('\n'); return i + 2;
            case 'r': sb.Append('\r'); return i + 2;
            case 't': sb.Append('\t'); return i + 2;
            case 'v': sb.Append('\v'); return i + 2;
            case >= '0' and <= '7':
                {
                    int j = i + 1, value = 0;
                    while (j < s.Length && j < i + 4 && s[j] is >= '0' and <= '7')
                    {
                        value = value * 8 + (s[j] - '0');
                        j++;
                    }
                    sb.Append((char)(bytes ? value & 0xFF : value));
                    return j;
                }
            case 'x':
                return DecodeHex(s, i, 2, bytes, sb, out error, chunkStart);
            case 'u' when !bytes:
                return DecodeHex(s, i, 4, bytes, sb, out error, chunkStart);
            case 'U' when !bytes:
                return DecodeHex(s, i, 8, bytes, sb, out error, chunkStart);
            case 'N' when !bytes:
                return DecodeName(s, i, sb, out error, chunkStart);
            default:
                // Unknown escapes keep their backslash (CPython only warns).
                sb.Append('\\');
                return i + 1;
        }
    }

    /// <summary>\N{name}: a character name or alias, ASCII case-insensitively; named sequences are not characters
    /// here (Models unicodeobject.c: _PyUnicode_DecodeUnicodeEscapeInternal, case 'N').</summary>
    private static int DecodeName(string s, int i, StringBuilder sb, out string? error, int chunkStart)
    {
        error = null;
        int end = i + 2;
        if (end < s.Length && s[end] == '{')
        {
            int close = s.IndexOf('}', end + 1);
            if (close < 0)
            {
                end = s.Length;
            }
            else if (close > end + 1)
            {
                if (UnicodeNames.TryLookup(s.AsSpan(end + 1, close - end - 1), namedSequences: false, out string value))
                {
                    sb.Append(value);
                    return close + 1;
                }
                error = UnicodeEscapeError(s, chunkStart, i, close + 1, "unknown Unicode character name");
                return close + 1;
            }
            else
            {
                end = close;
            }
        }
        error = UnicodeEscapeError(s, chunkStart, i, end, "malformed \\N character escape");
        return end;
    }

    private static int DecodeHex(string s, int i, int digits, bool bytes, StringBuilder sb, out string? error, int chunkStart)
    {
        error = null;
        int start = i + 2, value = 0;
        for (int k = 0; k < digits; k++)
        {
            if (start + k >= s.Length || !char.IsAsciiHexDigit(s[start + k]))
            {
                error = bytes
                    ? $"(value error) invalid \\x escape at position {i - chunkStart}"
                    : UnicodeEscapeError(s, chunkStart, i, start + k, $"truncated \\{s[i + 1]}{new string('X', digits)} escape");
                return start + k;
            }
            value = value * 16 + Convert.ToInt32(s[start + k].ToString(), 16);
        }
        if (value > 0x10FFFF || value < 0)
        {
            error = UnicodeEscapeError(s, chunkStart, i, start + digits, "illegal Unicode character");
            return start + digits;
        }
        sb.Append(value <= 0xFFFF ? ((char)value).ToString() : char.ConvertFromUtf32(value));
        return start + digits;
    }

    /// <summary>The SyntaxError text of a failed unicode-escape decode of [start, end).</summary>
    private static string UnicodeEscapeError(string s, int chunkStart, int start, int end, string reason) =>
        $"(unicode error) 'unicodeescape' codec can't decode bytes in position {CodecPosition(s, chunkStart, start)}-{CodecPosition(s, chunkStart, end) - 1}: {reason}";

    /// <summary>Where <paramref name="index"/> lands in the buffer CPython hands to the codec
    /// (Parser/string_parser.c: decode_unicode_with_escapes): every non-ASCII char is rewritten as a 10-byte
    /// \UXXXXXXXX escape, and a backslash before one becomes the 6-byte \u005c.</summary>
    internal static int CodecPosition(string s, int chunkStart, int index)
    {
        int position = 0, k = chunkStart;
        while (k < index)
        {
            if (s[k] == '\\')
            {
                position++;
                k++;
                if (k >= s.Length || s[k] >= 0x80)
                {
                    position += 5;
                }
                if (k >= index) break;
            }
            if (s[k] >= 0x80)
            {
                position += 10;
                k += char.IsHighSurrogate(s[k]) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]) ? 2 : 1;
            }
            else
            {
                position++;
                k++;
            }
        }
        return position;
    }
}
