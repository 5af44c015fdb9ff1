using System.Globalization;
using System.Numerics;
using System.Text;
using PyHeap.Runtime.Numerics;

namespace PyHeap.Runtime.Formatting;

/// <summary>printf-style <c>str % args</c>. Models Objects/unicodeobject.c: PyUnicode_Format (3.11).</summary>
public static class PercentFormatter
{
    private const int FlagLeft = 1, FlagSign = 2, FlagBlank = 4, FlagAlt = 8, FlagZero = 16;

    public static string Format(string format, IPercentArguments args, int maxStrDigits = IntParse.DefaultMaxStrDigits)
    {
        var state = new ArgState(args);
        var sb = new StringBuilder(format.Length + 16);
        int pos = 0;
        int n = format.Length;
        while (pos < n)
        {
            int pct = format.IndexOf('%', pos);
            if (pct < 0)
            {
                sb.Append(format, pos, n - pos);
                break;
            }

            sb.Append(format, pos, pct - pos);
            pos = pct + 1;
            FormatOne(format, ref pos, state, sb, maxStrDigits);
        }

        if (state.ArgIndex < state.ArgLength && !args.IsMapping)
        {
            throw PyFormatError.Type("not all arguments converted during string formatting");
        }

        return sb.ToString();
    }

    private sealed class ArgState(IPercentArguments args)
    {
        public int ArgLength = args.IsTuple ? args.Count : -1;
        public int ArgIndex = args.IsTuple ? 0 : -2;
        public IFormatArgument? Single;

        public IFormatArgument Next()
        {
            if (ArgLength < 0)
            {
                if (ArgIndex == -2)
                {
                    ArgIndex = -1;
                    return Single ?? args[0];
                }
            }
            else if (ArgIndex < ArgLength)
            {
                return args[ArgIndex++];
            }

            throw PyFormatError.Type("not enough arguments for format string");
        }

        public void UseKey(string key)
        {
            if (!args.IsMapping)
            {
                throw PyFormatError.Type("format requires a mapping");
            }

            Single = args.GetItem(key);
            ArgLength = -1;
            ArgIndex = -2;
        }
    }

    private static void FormatOne(string f, ref int pos, ArgState state, StringBuilder sb, int maxStrDigits)
    {
        int n = f.Length;
        if (pos < n && f[pos] == '%')
        {
            // Only "%%" is the literal; a '%' after flags or width is an unsupported conversion.
            sb.Append('%');
            pos++;
            return;
        }

        if (pos < n && f[pos] == '(')
        {
            int depth = 1;
            int keyStart = ++pos;
            while (depth > 0 && pos < n)
            {
                if (f[pos] == ')')
                {
                    depth--;
                }
                else if (f[pos] == '(')
                {
                    depth++;
                }

                pos++;
            }

            if (depth > 0)
            {
                throw PyFormatError.Value("incomplete format key");
            }

            state.UseKey(f[keyStart..(pos - 1)]);
        }

        int flags = 0;
        while (pos < n)
        {
            int flag = f[pos] switch { '-' => FlagLeft, '+' => FlagSign, ' ' => FlagBlank, '#' => FlagAlt, '0' => FlagZero, _ => 0 };
            if (flag == 0)
            {
                break;
            }

            flags |= flag;
            pos++;
        }

        int width = -1;
        if (pos < n && f[pos] == '*')
        {
            width = StarValue(state);
            if (width < 0)
            {
                flags |= FlagLeft;
                width = -width;
            }

            pos++;
        }
        else
        {
            width = ReadNumber(f, ref pos, "width too big");
        }

        int prec = -1;
        if (pos < n && f[pos] == '.')
        {
            pos++;
            if (pos < n && f[pos] == '*')
            {
                prec = Math.Max(StarValue(state), 0);
                pos++;
            }
            else
            {
                prec = Math.Max(ReadNumber(f, ref pos, "precision too big"), 0);
            }
        }

        if (pos < n && f[pos] is 'h' or 'l' or 'L')
        {
            pos++; // one C length modifier is accepted and ignored
        }

        if (pos >= n)
        {
            throw PyFormatError.Value("incomplete format");
        }

        char ch = f[pos++];
        IFormatArgument v = state.Next(); // CPython fetches the argument before validating the conversion
        if (ch is not ('s' or 'r' or 'a' or 'd' or 'i' or 'u' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'c'))
        {
            throw Unsupported(ch, pos - 1);
        }

        string body;
        bool numeric = false;
        switch (ch)
        {
            case 's':
            case 'r':
            case 'a':
                body = ch == 's' ? v.Str() : ch == 'r' ? v.Repr() : v.Ascii();
                if (prec >= 0 && CodePoints.Count(body) > prec)
                {
                    body = body[..CodePoints.Offset(body, prec)];
                }

                break;
            case 'c':
                body = FormatChar(v);
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                if (!v.TryGetFloat(out double d))
                {
                    throw PyFormatError.Type("must be real number, not " + v.TypeName);
                }

                body = FloatRepr.Format(d, ch, prec < 0 ? 6 : prec, (flags & FlagAlt) != 0 ? FloatFormatFlags.Alt : FloatFormatFlags.None);
                numeric = true;
                break;
            default:
                body = FormatLong(v, ch, (flags & FlagAlt) != 0, prec, maxStrDigits);
                numeric = true;
                break;
        }

        Output(sb, body, ch, flags, width, numeric);
    }

    private static int StarValue(ArgState state)
    {
        IFormatArgument a = state.Next();
        if (!a.IsInt || !a.TryGetInteger(out BigInteger w))
        {
            throw PyFormatError.Type("* wants int");
        }

        if (w > int.MaxValue || w < int.MinValue)
        {
            throw PyFormatError.Overflow("Python int too large to convert to C int");
        }

        return (int)w;
    }

    private static int ReadNumber(string f, ref int pos, string tooBig)
    {
        if (pos >= f.Length || !char.IsAsciiDigit(f[pos]))
        {
            return -1;
        }

        long value = 0;
        while (pos < f.Length && char.IsAsciiDigit(f[pos]))
        {
            value = value * 10 + (f[pos++] - '0');
            if (value > int.MaxValue)
            {
                throw PyFormatError.Value(tooBig);
            }
        }

        return (int)value;
    }

    private static PyFormatError Unsupported(char ch, int index) => PyFormatError.Value(
        $"unsupported format character '{ch}' (0x{((int)ch).ToString("x", CultureInfo.InvariantCulture)}) at index {index}");

    private static string FormatChar(IFormatArgument v)
    {
        if (v.TryGetString(out string s))
        {
            if (CodePoints.Count(s) == 1)
            {
                return s;
            }

            throw PyFormatError.Type("%c requires int or char");
        }

        if (!v.TryGetInteger(out BigInteger x))
        {
            throw PyFormatError.Type("%c requires int or char");
        }

        if (x.Sign < 0 || x > 0x10FFFF)
        {
            throw PyFormatError.Overflow("%c arg not in range(0x110000)");
        }

        return char.ConvertFromUtf32((int)x);
    }

    /// <summary>Models mainformatlong + _PyUnicode_FormatLong: sign, optional 0x/0o prefix, digits zero-padded to prec.</summary>
    private static string FormatLong(IFormatArgument v, char type, bool alt, int prec, int maxStrDigits)
    {
        BigInteger value;
        if (!v.TryGetInteger(out value))
        {
            if (type is 'o' or 'x' or 'X')
            {
                throw PyFormatError.Type($"%{type} format: an integer is required, not {v.TypeName}");
            }

            if (!v.TryGetFloat(out double d))
            {
                throw PyFormatError.Type($"%{type} format: a real number is required, not {v.TypeName}");
            }

            value = FloatOps.ToInteger(d);
        }

        string digits = type switch
        {
            'o' => IntFormat.MagnitudeDigits(BigInteger.Abs(value), 8, upper: false),
            'x' => IntFormat.MagnitudeDigits(BigInteger.Abs(value), 16, upper: false),
            'X' => IntFormat.MagnitudeDigits(BigInteger.Abs(value), 16, upper: true),
            _ => IntFormat.ToDecimalString(BigInteger.Abs(value), maxStrDigits),
        };
        var sb = new StringBuilder(digits.Length + 4);
        if (value.Sign < 0)
        {
            sb.Append('-');
        }

        if (alt && type is 'o' or 'x' or 'X')
        {
            sb.Append('0').Append(type == 'o' ? 'o' : type);
        }

        if (prec > digits.Length)
        {
            sb.Append('0', prec - digits.Length);
        }

        sb.Append(digits);
        return sb.ToString();
    }

    /// <summary>Models unicode_format_arg_output: sign, numeric prefix, fill and justification.</summary>
    private static void Output(StringBuilder sb, string body, char ch, int flags, int width, bool numeric)
    {
        char fill = numeric && (flags & FlagZero) != 0 ? '0' : ' ';
        int len = CodePoints.Count(body);
        int pindex = 0;
        char sign = '\0';
        if (numeric)
        {
            if (body[0] is '-' or '+')
            {
                sign = body[0];
                len--;
                pindex++;
            }
            else if ((flags & FlagSign) != 0)
            {
                sign = '+';
            }
            else if ((flags & FlagBlank) != 0)
            {
                sign = ' ';
            }
        }

        if (width < len)
        {
            width = len;
        }

        if (sign != '\0')
        {
            if (fill != ' ')
            {
                sb.Append(sign);
            }

            if (width > len)
            {
                width--;
            }
        }

        bool prefix = (flags & FlagAlt) != 0 && ch is 'x' or 'X' or 'o';
        if (prefix)
        {
            if (fill != ' ')
            {
                sb.Append(body, pindex, 2);
                pindex += 2;
            }

            width = Math.Max(width - 2, 0);
            len -= 2;
        }

        if (width > len && (flags & FlagLeft) == 0)
        {
            sb.Append(fill, width - len);
            width = len;
        }

        if (fill == ' ')
        {
            if (sign != '\0')
            {
                sb.Append(sign);
            }

            if (prefix)
            {
                sb.Append(body, pindex, 2);
                pindex += 2;
            }
        }

        sb.Append(body, pindex, body.Length - pindex);
        if (width > len)
        {
            sb.Append(' ', width - len);
        }
    }
}
