using System.Numerics;
using System.Text;
using PyHeap.Runtime.Numerics;

namespace PyHeap.Runtime.Formatting;

/// <summary>
/// format(value, spec) for int, float and str. Models Python/formatter_unicode.c (format_long_internal,
/// format_float_internal, format_string_internal). An empty spec means str(value), which the caller handles for
/// types whose str differs (e.g. bool).
/// </summary>
public static class Formatter
{
    public static string FormatInt(BigInteger value, string spec, string typeName = "int") =>
        FormatInt(value, FormatSpec.Parse(spec, typeName), typeName);

    public static string FormatInt(BigInteger value, FormatSpec spec, string typeName = "int")
    {
        switch (spec.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(IntOps.ToDouble(value), spec, typeName);
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n' or '\0':
                break;
            default:
                throw FormatSpec.UnknownCode(spec.Type, typeName);
        }

        if (spec.Precision >= 0)
        {
            throw PyFormatError.Value("Precision not allowed in integer format specifier");
        }

        if (spec.NoNegativeZero)
        {
            throw PyFormatError.Value("Negative zero coercion (z) not allowed in integer format specifier");
        }

        char align = spec.Align != '\0' ? spec.Align : (spec.ZeroPadding ? '=' : '>');
        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0')
            {
                throw PyFormatError.Value("Sign not allowed with integer format specifier 'c'");
            }

            if (spec.Alternate)
            {
                throw PyFormatError.Value("Alternate form (#) not allowed with integer format specifier 'c'");
            }

            if (value < long.MinValue || value > long.MaxValue)
            {
                throw PyFormatError.Overflow("Python int too large to convert to C long");
            }

            if (value.Sign < 0 || value > 0x10FFFF)
            {
                throw PyFormatError.Overflow("%c arg not in range(0x110000)");
            }

            // CPython treats the character as "remainder" so grouping and '=' zero padding skip it.
            return NumberLayout.Layout('\0', string.Empty, string.Empty, char.ConvertFromUtf32((int)value), spec, align, 0, '\0');
        }

        int radix = spec.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string prefix = !spec.Alternate ? string.Empty : spec.Type switch { 'b' => "0b", 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => string.Empty };
        string digits = IntFormat.MagnitudeDigits(BigInteger.Abs(value), radix, upper: spec.Type == 'X');
        char sign = value.Sign < 0 ? '-' : spec.Sign is '+' or ' ' ? spec.Sign : '\0';
        int groupSize = spec.Grouping == '\0' ? 0 : (radix == 10 ? 3 : 4);
        return NumberLayout.Layout(sign, prefix, digits, string.Empty, spec, align, groupSize, spec.Grouping);
    }

    public static string FormatFloat(double value, string spec, string typeName = "float") =>
        FormatFloat(value, FormatSpec.Parse(spec, typeName), typeName);

    public static string FormatFloat(double value, FormatSpec spec, string typeName = "float")
    {
        char type = spec.Type;
        if (type is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%' or '\0'))
        {
            throw FormatSpec.UnknownCode(type, typeName);
        }

        FloatFormatFlags flags = FloatFormatFlags.None;
        if (spec.Alternate)
        {
            flags |= FloatFormatFlags.Alt;
        }

        if (spec.NoNegativeZero)
        {
            flags |= FloatFormatFlags.NoNegativeZero;
        }

        int defaultPrecision = 6;
        if (type == '\0')
        {
            flags |= FloatFormatFlags.AddDot0;
            type = 'r';
            defaultPrecision = 0;
        }

        if (type == 'n')
        {
            type = 'g';
        }

        bool addPercent = false;
        if (type == '%')
        {
            type = 'f';
            value *= 100;
            addPercent = true;
        }

        int precision = spec.Precision;
        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }

        string text = FloatRepr.Format(value, type, precision, flags);
        if (addPercent)
        {
            text += "%";
        }

        char align = spec.Align != '\0' ? spec.Align : (spec.ZeroPadding ? '=' : '>');
        char sign = '\0';
        int start = 0;
        if (text[0] == '-')
        {
            sign = '-';
            start = 1;
        }
        else if (spec.Sign is '+' or ' ')
        {
            sign = spec.Sign;
        }

        if (sign == '\0' && spec.Width < 0 && spec.Grouping == '\0')
        {
            return text;
        }

        int digitsEnd = start;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }

        int groupSize = spec.Grouping == '\0' ? 0 : 3;
        return NumberLayout.Layout(sign, string.Empty, text.AsSpan(start, digitsEnd - start), text.AsSpan(digitsEnd), spec, align, groupSize, spec.Grouping);
    }

    public static string FormatStr(string value, string spec, string typeName = "str") =>
        FormatStr(value, FormatSpec.Parse(spec, typeName), typeName);

    /// <summary>Models format_string_internal. Width and precision count code points (a surrogate pair is one).</summary>
    public static string FormatStr(string value, FormatSpec spec, string typeName = "str")
    {
        if (spec.Grouping != '\0' && spec.Type is 's' or '\0')
        {
            // The parser checks grouping against the default type, which is 's' for str.
            throw PyFormatError.Value($"Cannot specify '{spec.Grouping}' with 's'.");
        }

        if (spec.Type is not ('s' or '\0'))
        {
            throw FormatSpec.UnknownCode(spec.Type, typeName);
        }

        if (spec.Sign == ' ')
        {
            throw PyFormatError.Value("Space not allowed in string format specifier");
        }

        if (spec.Sign != '\0')
        {
            throw PyFormatError.Value("Sign not allowed in string format specifier");
        }

        if (spec.NoNegativeZero)
        {
            throw PyFormatError.Value("Negative zero coercion (z) not allowed in string format specifier");
        }

        if (spec.Alternate)
        {
            throw PyFormatError.Value("Alternate form (#) not allowed in string format specifier");
        }

        if (spec.Align == '=')
        {
            throw PyFormatError.Value("'=' alignment not allowed in string format specifier");
        }

        if (spec.Width < 0 && spec.Precision < 0)
        {
            return value;
        }

        ReadOnlySpan<char> text = value;
        int length = CodePoints.Count(text);
        if (spec.Precision >= 0 && length > spec.Precision)
        {
            text = text[..CodePoints.Offset(text, spec.Precision)];
            length = spec.Precision;
        }

        char align = spec.Align != '\0' ? spec.Align : '<';
        int padding = Math.Max(spec.Width - length, 0);
        if (padding == 0)
        {
            return text.ToString();
        }

        int left = align switch { '>' => padding, '^' => padding / 2, _ => 0 };
        var sb = new StringBuilder(text.Length + padding * spec.Fill.Length);
        NumberLayout.AppendFill(sb, spec.Fill, left);
        sb.Append(text);
        NumberLayout.AppendFill(sb, spec.Fill, padding - left);
        return sb.ToString();
    }
}
