namespace PyHeap.Language.Parsing;

using System.Text;

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

    /// <summary>Decodes the escape at <paramref name="i"/> (a backslash) into <paramref name="sb"/>; returns the index after it.
    /// Errors come back as a message for the caller to place.</summary>
    public static int DecodeEscape(string s, int i, bool bytes, StringBuilder sb, out string? error)
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
                return DecodeHex(s, i, 2, bytes, sb, out error);
            case 'u' when !bytes:
                return DecodeHex(s, i, 4, bytes, sb, out error);
            case 'U' when !bytes:
                return DecodeHex(s, i, 8, bytes, sb, out error);
            case 'N' when !bytes:
                error = "\\N{...} escapes are not supported by PyHeap";
                return i + 2;
            default:
                // Unknown escapes keep their backslash (CPython only warns).
                sb.Append('\\');
                return i + 1;
        }
    }

    private static int DecodeHex(string s, int i, int digits, bool bytes, StringBuilder sb, out string? error)
    {
        error = null;
        int start = i + 2, value = 0;
        for (int k = 0; k < digits; k++)
        {
            if (start + k >= s.Length || !char.IsAsciiHexDigit(s[start + k]))
            {
                error = bytes
                    ? $"(value error) invalid \\x escape at position {i}"
                    : $"(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{start + k - 1}: truncated \\{s[i + 1]}{new string('X', digits)} escape";
                return start + k;
            }
            value = value * 16 + Convert.ToInt32(s[start + k].ToString(), 16);
        }
        if (value > 0x10FFFF || value < 0)
        {
            error = $"(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{start + digits - 1}: illegal Unicode character";
            return start + digits;
        }
        sb.Append(value <= 0xFFFF ? ((char)value).ToString() : char.ConvertFromUtf32(value));
        return start + digits;
    }
}
