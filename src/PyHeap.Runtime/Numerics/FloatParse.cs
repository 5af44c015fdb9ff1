using System.Globalization;
using PyHeap.Runtime.Formatting;

namespace PyHeap.Runtime.Numerics;

/// <summary>float(str) as CPython 3.11. Models Objects/floatobject.c: PyFloat_FromString and Python/pystrtod.c.</summary>
public static class FloatParse
{
    /// <summary>Parses like float(text); ValueError "could not convert string to float: %R".</summary>
    public static double Parse(string text)
    {
        if (!TryParse(text, out double value))
        {
            throw PyArithmeticError.Value("could not convert string to float: " + StrRepr.Repr(text));
        }

        return value;
    }

    /// <summary>float(text) without the error: false where CPython raises ValueError.</summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        char[]? chars = IntParse.ToAscii(text);
        if (chars is null)
        {
            return false;
        }

        ReadOnlySpan<char> s = chars;
        int start = 0, end = s.Length;
        while (start < end && IntParse.IsAsciiSpace(s[start]))
        {
            start++;
        }

        while (end > start && IntParse.IsAsciiSpace(s[end - 1]))
        {
            end--;
        }

        s = s[start..end];
        if (s.IndexOf('_') >= 0 && !TryRemoveUnderscores(ref s))
        {
            return false;
        }

        return TryParseLiteral(s, out value);
    }

    /// <summary>_Py_string_to_number_with_underscores: an underscore must sit between two digits.</summary>
    private static bool TryRemoveUnderscores(ref ReadOnlySpan<char> s)
    {
        char[] copy = new char[s.Length];
        int n = 0;
        char prev = '\0';
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (!char.IsAsciiDigit(prev))
                {
                    return false;
                }
            }
            else
            {
                if (prev == '_' && !char.IsAsciiDigit(c))
                {
                    return false;
                }

                copy[n++] = c;
            }

            prev = c;
        }

        if (prev == '_')
        {
            return false;
        }

        s = copy.AsSpan(0, n);
        return true;
    }

    /// <summary>_PyOS_ascii_strtod over the whole span: [sign] (inf | infinity | nan | decimal [exponent]).</summary>
    private static bool TryParseLiteral(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        bool negative = false;
        ReadOnlySpan<char> body = s;
        if (body.Length > 0 && (body[0] == '+' || body[0] == '-'))
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? -PyMath.Nan : PyMath.Nan;
            return true;
        }

        int i = 0;
        int intDigits = 0, fracDigits = 0;
        while (i < body.Length && char.IsAsciiDigit(body[i]))
        {
            i++;
            intDigits++;
        }

        if (i < body.Length && body[i] == '.')
        {
            i++;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
                fracDigits++;
            }
        }

        if (intDigits + fracDigits == 0)
        {
            return false;
        }

        if (i < body.Length && (body[i] == 'e' || body[i] == 'E'))
        {
            i++;
            if (i < body.Length && (body[i] == '+' || body[i] == '-'))
            {
                i++;
            }

            int expDigits = 0;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
                expDigits++;
            }

            if (expDigits == 0)
            {
                return false;
            }
        }

        if (i != body.Length)
        {
            return false;
        }

        // .NET's parser is correctly rounded and yields ±inf / ±0 on overflow / underflow, like strtod.
        value = double.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return true;
    }
}
