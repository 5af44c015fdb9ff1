using System.Text;

namespace PyHeap.Runtime.Numerics;

/// <summary>float → text exactly as CPython 3.11 (float_repr_style 'short').</summary>
public static class FloatRepr
{
    /// <summary>Models Objects/floatobject.c: float_repr (also str(float)): repr-style shortest round-trip digits.</summary>
    public static string Repr(double value) => Format(value, 'r', 0, FloatFormatFlags.AddDot0);

    /// <summary>
    /// Models Python/pystrtod.c: PyOS_double_to_string. <paramref name="formatCode"/> is one of e E f F g G r
    /// ('r' = repr digits, precision must be 0).
    /// </summary>
    public static string Format(double value, char formatCode, int precision, FloatFormatFlags flags)
    {
        bool upper = formatCode is 'E' or 'F' or 'G';
        char code = char.ToLowerInvariant(formatCode);
        if (code == 'e')
        {
            precision++;
        }
        else if (code == 'g' && precision == 0)
        {
            precision = 1;
        }

        return FormatShort(value, code, precision, flags, upper);
    }

    /// <summary>Models Python/pystrtod.c: format_float_short.</summary>
    private static string FormatShort(double d, char code, int precision, FloatFormatFlags flags, bool upper)
    {
        bool alwaysSign = (flags & FloatFormatFlags.Sign) != 0;
        bool addDot0 = (flags & FloatFormatFlags.AddDot0) != 0;
        bool alt = (flags & FloatFormatFlags.Alt) != 0;
        bool negative = double.IsNegative(d);

        if (!double.IsFinite(d))
        {
            bool nan = double.IsNaN(d);
            string body = nan ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
            if (negative && !nan)
            {
                return "-" + body;
            }

            return alwaysSign ? "+" + body : body;
        }

        double abs = Math.Abs(d);
        Span<char> shortBuf = stackalloc char[32];
        int decpt;
        scoped ReadOnlySpan<char> digits;
        if (code == 'r')
        {
            int n = DoubleDigits.Shortest(abs, shortBuf, out decpt);
            digits = shortBuf[..n];
        }
        else if (code == 'f')
        {
            digits = DoubleDigits.Fixed(abs, precision, out decpt);
        }
        else
        {
            digits = DoubleDigits.Significant(abs, precision, out decpt);
        }

        if ((flags & FloatFormatFlags.NoNegativeZero) != 0 && negative && (digits.Length == 0 || (digits.Length == 1 && digits[0] == '0')))
        {
            negative = false;
        }

        int digitsLen = digits.Length;
        int vdigitsEnd = digitsLen;
        bool useExp = false;
        switch (code)
        {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision))
                {
                    useExp = true;
                }

                if (alt)
                {
                    vdigitsEnd = precision;
                }

                break;
            default: // 'r': exponent from 1e16 on
                if (decpt <= -4 || decpt > 16)
                {
                    useExp = true;
                }

                break;
        }

        int exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }

        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0)
        {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
        }
        else
        {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;
        }

        var sb = new StringBuilder(Math.Max(vdigitsEnd - vdigitsStart, 0) + 10);
        if (negative)
        {
            sb.Append('-');
        }
        else if (alwaysSign)
        {
            sb.Append('+');
        }

        if (decpt <= 0)
        {
            sb.Append('0', decpt - vdigitsStart);
            sb.Append('.');
            sb.Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -vdigitsStart);
        }

        if (decpt > 0 && decpt <= digitsLen)
        {
            sb.Append(digits[..decpt]);
            sb.Append('.');
            sb.Append(digits[decpt..]);
        }
        else
        {
            sb.Append(digits);
        }

        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen);
            sb.Append('.');
            sb.Append('0', vdigitsEnd - decpt);
        }
        else
        {
            sb.Append('0', vdigitsEnd - digitsLen);
        }

        if (sb[^1] == '.' && !alt)
        {
            sb.Length--;
        }

        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10)
            {
                sb.Append('0');
            }

            sb.Append(a);
        }

        return sb.ToString();
    }
}
