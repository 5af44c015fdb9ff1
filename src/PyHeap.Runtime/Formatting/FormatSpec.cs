using System.Globalization;

namespace PyHeap.Runtime.Formatting;

/// <summary>
/// A parsed format-spec mini-language string: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
/// Models Python/formatter_unicode.c: parse_internal_render_format_spec (3.11).
/// </summary>
/// <param name="Fill">The fill code point as a string (a surrogate pair for astral fills).</param>
/// <param name="Align">'&lt;', '&gt;', '=', '^', or '\0' when not given (each type has its own default).</param>
/// <param name="Sign">'+', '-', ' ' or '\0'.</param>
/// <param name="NoNegativeZero">The 3.11 'z' option.</param>
/// <param name="Alternate">The '#' option.</param>
/// <param name="ZeroPadding">A '0' before the width with no explicit fill: fill '0' and, for numbers without an align, '='.</param>
/// <param name="Width">-1 when not given.</param>
/// <param name="Grouping">',', '_' or '\0'.</param>
/// <param name="Precision">-1 when not given.</param>
/// <param name="Type">The presentation type or '\0'.</param>
public sealed record FormatSpec(
    string Fill, char Align, char Sign, bool NoNegativeZero, bool Alternate, bool ZeroPadding, int Width, char Grouping, int Precision, char Type)
{
    /// <summary>The empty spec.</summary>
    public static readonly FormatSpec Empty = new(" ", '\0', '\0', false, false, false, -1, '\0', -1, '\0');

    /// <summary>Parses a spec; <paramref name="typeName"/> (e.g. "int") only feeds CPython's error messages.</summary>
    public static FormatSpec Parse(string spec, string typeName)
    {
        if (spec.Length == 0)
        {
            return Empty;
        }

        int pos = 0, end = spec.Length;
        string fill = " ";
        char align = '\0';
        bool fillSpecified = false;
        int fillLen = end >= 2 && char.IsHighSurrogate(spec[0]) && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (end - pos > fillLen && IsAlign(spec[fillLen]))
        {
            fill = spec[..fillLen];
            align = spec[fillLen];
            fillSpecified = true;
            pos = fillLen + 1;
        }
        else if (IsAlign(spec[0]))
        {
            align = spec[0];
            pos = 1;
        }

        char sign = '\0';
        if (pos < end && spec[pos] is '+' or '-' or ' ')
        {
            sign = spec[pos++];
        }

        bool noNegZero = false;
        if (pos < end && spec[pos] == 'z')
        {
            noNegZero = true;
            pos++;
        }

        bool alternate = false;
        if (pos < end && spec[pos] == '#')
        {
            alternate = true;
            pos++;
        }

        bool zeroPad = false;
        if (!fillSpecified && pos < end && spec[pos] == '0')
        {
            zeroPad = true;
            fill = "0";
            pos++;
        }

        int width = ReadInteger(spec, ref pos, out int consumed);
        if (consumed == 0)
        {
            width = -1;
        }

        char grouping = '\0';
        if (pos < end && spec[pos] == ',')
        {
            grouping = ',';
            pos++;
        }

        if (pos < end && spec[pos] == '_')
        {
            if (grouping != '\0')
            {
                throw PyFormatError.Value("Cannot specify both ',' and '_'.");
            }

            grouping = '_';
            pos++;
        }

        if (pos < end && spec[pos] == ',' && grouping == '_')
        {
            throw PyFormatError.Value("Cannot specify both ',' and '_'.");
        }

        int precision = -1;
        if (pos < end && spec[pos] == '.')
        {
            pos++;
            precision = ReadInteger(spec, ref pos, out consumed);
            if (consumed == 0)
            {
                throw PyFormatError.Value("Format specifier missing precision");
            }
        }

        if (end - pos > 1)
        {
            throw PyFormatError.Value($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        }

        char type = pos < end ? spec[pos] : '\0';
        if (grouping != '\0')
        {
            switch (type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when grouping == '_':
                    break;
                default:
                    throw PyFormatError.Value($"Cannot specify '{grouping}' with {CodeForMessage(type)}.");
            }
        }

        return new FormatSpec(fill, align, sign, noNegZero, alternate, zeroPad, width, grouping, precision, type);
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    /// <summary>get_integer: "Too many decimal digits in format string" on overflow.</summary>
    private static int ReadInteger(string spec, ref int pos, out int consumed)
    {
        long value = 0;
        consumed = 0;
        while (pos < spec.Length && char.IsAsciiDigit(spec[pos]))
        {
            value = value * 10 + (spec[pos] - '0');
            if (value > int.MaxValue)
            {
                throw PyFormatError.Value("Too many decimal digits in format string");
            }

            pos++;
            consumed++;
        }

        return (int)value;
    }

    /// <summary>'x' for a printable ASCII code, else '\xNN' as CPython writes it.</summary>
    internal static string CodeForMessage(char type) => type > 32 && type < 128
        ? "'" + type + "'"
        : "'\\x" + ((int)type).ToString("x", CultureInfo.InvariantCulture) + "'";

    internal static PyFormatError UnknownCode(char type, string typeName) =>
        PyFormatError.Value($"Unknown format code {CodeForMessage(type)} for object of type '{typeName}'");
}
