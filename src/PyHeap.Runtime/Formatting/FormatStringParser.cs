using System.Text;

namespace PyHeap.Runtime.Formatting;

/// <summary>
/// Splits a str.format template into literal text and replacement fields with CPython's errors.
/// Models Objects/stringlib/unicode_format.h (MarkupIterator, parse_field, FieldNameIterator, auto numbering).
/// Difference: CPython raises these errors while rendering, so an error in a later field can be preceded by an
/// exception from evaluating an earlier field; here all syntax errors surface at parse time.
/// </summary>
public static class FormatStringParser
{
    public static IReadOnlyList<FormatPiece> Parse(string template)
    {
        var auto = new AutoNumber();
        return ParseTemplate(template, 2, auto);
    }

    private sealed class AutoNumber
    {
        public int State; // 0 = unknown, 1 = automatic, 2 = manual
        public int Next;
    }

    private static List<FormatPiece> ParseTemplate(string s, int recursionDepth, AutoNumber auto)
    {
        if (recursionDepth <= 0)
        {
            throw PyFormatError.Value("Max string recursion exceeded");
        }

        var pieces = new List<FormatPiece>();
        var literal = new StringBuilder();
        int pos = 0, end = s.Length;
        while (pos < end)
        {
            char c = s[pos++];
            if (c != '{' && c != '}')
            {
                literal.Append(c);
                continue;
            }

            bool atEnd = pos >= end;
            if (c == '}')
            {
                if (atEnd || s[pos] != '}')
                {
                    throw PyFormatError.Value("Single '}' encountered in format string");
                }

                literal.Append('}');
                pos++;
                continue;
            }

            if (atEnd)
            {
                throw PyFormatError.Value("Single '{' encountered in format string");
            }

            if (s[pos] == '{')
            {
                literal.Append('{');
                pos++;
                continue;
            }

            if (literal.Length > 0)
            {
                pieces.Add(new FormatPiece(literal.ToString(), -1, null, [], '\0', []));
                literal.Clear();
            }

            (string name, char conversion, string spec) = ScanField(s, ref pos);
            pieces.Add(BuildField(name, conversion, spec, recursionDepth, auto));
        }

        if (literal.Length > 0)
        {
            pieces.Add(new FormatPiece(literal.ToString(), -1, null, [], '\0', []));
        }

        return pieces;
    }

    /// <summary>
    /// Models parse_field as MarkupIterator_next drives it: the name runs to '}', ':' or '!' (braces inside [...] do not
    /// count), then an optional conversion, then a spec whose nested braces must balance.
    /// </summary>
    private static (string Name, char Conversion, string Spec) ScanField(string s, ref int pos)
    {
        int start = pos;
        char c = '\0';
        bool terminated = false;
        while (pos < s.Length)
        {
            c = s[pos++];
            if (c == '{')
            {
                throw PyFormatError.Value("unexpected '{' in field name");
            }

            if (c == '[')
            {
                while (pos < s.Length && s[pos] != ']')
                {
                    pos++;
                }

                continue;
            }

            if (c is '}' or ':' or '!')
            {
                terminated = true;
                break;
            }
        }

        if (!terminated)
        {
            throw PyFormatError.Value("expected '}' before end of string");
        }

        string name = s[start..(pos - 1)];
        char conversion = '\0';
        if (c == '!')
        {
            if (pos >= s.Length)
            {
                throw PyFormatError.Value("end of string while looking for conversion specifier");
            }

            conversion = s[pos++];
            if (pos >= s.Length)
            {
                throw PyFormatError.Value("unmatched '{' in format spec");
            }

            c = s[pos++];
            if (c is not (':' or '}'))
            {
                throw PyFormatError.Value("expected ':' after conversion specifier");
            }
        }

        if (c == '}')
        {
            return (name, conversion, string.Empty);
        }

        int specStart = pos;
        int count = 1;
        while (pos < s.Length)
        {
            char d = s[pos++];
            if (d == '{')
            {
                count++;
            }
            else if (d == '}' && --count == 0)
            {
                return (name, conversion, s[specStart..(pos - 1)]);
            }
        }

        throw PyFormatError.Value("unmatched '{' in format spec");
    }

    private static FormatPiece BuildField(string name, char conversion, string spec, int recursionDepth, AutoNumber auto)
    {
        (int index, string? key, List<FieldAccessor> accessors) = ParseFieldName(name, auto);
        if (conversion != '\0' && conversion is not ('r' or 's' or 'a'))
        {
            throw PyFormatError.Value("Unknown conversion specifier " + (conversion > 32 && conversion < 127
                ? conversion.ToString()
                : "\\x" + ((int)conversion).ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        }

        List<FormatPiece> specPieces = spec.Length == 0 ? [] : ParseTemplate(spec, recursionDepth - 1, auto);
        return new FormatPiece(null, index, key, accessors, conversion, specPieces);
    }

    /// <summary>Models FieldNameIterator + get_field_object's auto-numbering checks.</summary>
    private static (int Index, string? Key, List<FieldAccessor> Accessors) ParseFieldName(string name, AutoNumber auto)
    {
        int pos = 0;
        while (pos < name.Length && name[pos] != '.' && name[pos] != '[')
        {
            pos++;
        }

        string first = name[..pos];
        int index = -1;
        string? key = null;
        if (first.Length == 0)
        {
            if (auto.State == 2)
            {
                throw PyFormatError.Value("cannot switch from manual field specification to automatic field numbering");
            }

            auto.State = 1;
            index = auto.Next++;
        }
        else if (TryParseIndex(first, out long number))
        {
            if (auto.State == 1)
            {
                throw PyFormatError.Value("cannot switch from automatic field numbering to manual field specification");
            }

            auto.State = 2;
            index = (int)Math.Min(number, int.MaxValue);
        }
        else
        {
            key = first;
        }

        var accessors = new List<FieldAccessor>();
        while (pos < name.Length)
        {
            char c = name[pos++];
            if (c == '.')
            {
                int start = pos;
                while (pos < name.Length && name[pos] != '.' && name[pos] != '[')
                {
                    pos++;
                }

                if (pos == start)
                {
                    throw PyFormatError.Value("Empty attribute in format string");
                }

                accessors.Add(FieldAccessor.Attribute(name[start..pos]));
            }
            else if (c == '[')
            {
                int start = pos;
                while (pos < name.Length && name[pos] != ']')
                {
                    pos++;
                }

                if (pos >= name.Length)
                {
                    throw PyFormatError.Value("Missing ']' in format string");
                }

                string k = name[start..pos];
                pos++;
                if (k.Length == 0)
                {
                    throw PyFormatError.Value("Empty attribute in format string");
                }

                accessors.Add(TryParseIndex(k, out long ik) ? FieldAccessor.Item(ik) : FieldAccessor.Item(k));
                if (pos < name.Length && name[pos] != '.' && name[pos] != '[')
                {
                    throw PyFormatError.Value("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            else
            {
                throw PyFormatError.Value("Only '.' or '[' may follow ']' in format field specifier");
            }
        }

        return (index, key, accessors);
    }

    private static bool TryParseIndex(string s, out long value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            if (value > (long.MaxValue - 9) / 10)
            {
                throw PyFormatError.Value("Too many decimal digits in format string");
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }
}
