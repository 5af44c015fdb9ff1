using System.Globalization;
using System.Numerics;

namespace PyHeap.Runtime.Numerics;

/// <summary>
/// Decimal digit generation for doubles, playing the role of Python/dtoa.c: _Py_dg_dtoa. Results are digit strings
/// without leading or trailing zeros plus <c>decpt</c>, the position of the decimal point (value = 0.DIGITS * 10**decpt).
/// Zero yields "0" with decpt 1, like dtoa; a value that rounds to nothing yields "".
/// </summary>
internal static class DoubleDigits
{
    private static readonly BigInteger[] PowersOfFive = new BigInteger[1100];

    /// <summary>Mode 0: the shortest digits that round-trip (.NET's "R" is the shortest round-trip formatting).</summary>
    public static int Shortest(double abs, Span<char> digits, out int decpt)
    {
        if (abs == 0)
        {
            digits[0] = '0';
            decpt = 1;
            return 1;
        }

        Span<char> text = stackalloc char[32];
        abs.TryFormat(text, out int len, "R", CultureInfo.InvariantCulture);
        int n = 0;
        int pointPos = -1;
        int exponent = 0;
        int i = 0;
        for (; i < len; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                pointPos = n;
            }
            else if (c == 'E')
            {
                exponent = int.Parse(text[(i + 1)..len], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[n++] = c;
            }
        }

        decpt = (pointPos < 0 ? n : pointPos) + exponent;
        return Normalize(digits, n, ref decpt);
    }

    /// <summary>Strips leading zeros (adjusting decpt) and trailing zeros in place; returns the new length.</summary>
    private static int Normalize(Span<char> digits, int n, ref int decpt)
    {
        int lead = 0;
        while (lead < n && digits[lead] == '0')
        {
            lead++;
        }

        if (lead > 0)
        {
            digits[lead..n].CopyTo(digits);
            n -= lead;
            decpt -= lead;
        }

        while (n > 0 && digits[n - 1] == '0')
        {
            n--;
        }

        return n;
    }

    /// <summary>The exact decimal expansion of a finite non-negative double (at most ~770 digits).</summary>
    public static string Exact(double abs, out int decpt)
    {
        if (abs == 0)
        {
            decpt = 1;
            return "0";
        }

        long bits = BitConverter.DoubleToInt64Bits(abs);
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (exp == 0)
        {
            e = -1074;
        }
        else
        {
            mant |= 1L << 52;
            e = exp - 1075;
        }

        int tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz;
        e += tz;
        string s;
        if (e >= 0)
        {
            s = (new BigInteger(mant) << e).ToString(CultureInfo.InvariantCulture);
            decpt = s.Length;
        }
        else
        {
            // m * 2**e == m * 5**-e / 10**-e
            s = (mant * PowerOfFive(-e)).ToString(CultureInfo.InvariantCulture);
            decpt = s.Length + e;
        }

        return s.TrimEnd('0');
    }

    private static BigInteger PowerOfFive(int k)
    {
        BigInteger p = PowersOfFive[k];
        if (p.IsZero)
        {
            p = BigInteger.Pow(5, k);
            PowersOfFive[k] = p;
        }

        return p;
    }

    /// <summary>Mode 3: correctly rounded (half-even on the exact value) to <paramref name="ndigits"/> places after the point (may be negative).</summary>
    public static string Fixed(double abs, int ndigits, out int decpt)
    {
        string exact = Exact(abs, out decpt);
        if (abs == 0)
        {
            return exact;
        }

        return RoundAt(exact, ref decpt, decpt + ndigits);
    }

    /// <summary>Mode 2: correctly rounded to <paramref name="significant"/> (&gt;= 1) significant digits.</summary>
    public static string Significant(double abs, int significant, out int decpt)
    {
        string exact = Exact(abs, out decpt);
        if (abs == 0)
        {
            return exact;
        }

        return RoundAt(exact, ref decpt, significant);
    }

    /// <summary>Keeps the first <paramref name="keep"/> digits of an exact digit string, rounding half-even.</summary>
    private static string RoundAt(string digits, ref int decpt, int keep)
    {
        if (keep >= digits.Length)
        {
            return digits;
        }

        if (keep < 0)
        {
            // Below half a unit of the rounding position: rounds to zero. decpt becomes -ndigits, as dtoa reports it.
            decpt -= keep;
            return string.Empty;
        }

        // digits has no trailing zeros, so anything past digits[keep] makes it strictly above half.
        char next = digits[keep];
        bool roundUp = next > '5' || (next == '5' && (digits.Length > keep + 1 || (keep > 0 && (digits[keep - 1] - '0') % 2 == 1)));
        if (!roundUp)
        {
            int end = keep;
            while (end > 0 && digits[end - 1] == '0')
            {
                end--;
            }

            if (end == 0)
            {
                decpt -= keep;
                return string.Empty;
            }

            return digits[..end];
        }

        // Propagate the carry; trailing 9s become zeros and are dropped.
        int last = keep - 1;
        while (last >= 0 && digits[last] == '9')
        {
            last--;
        }

        if (last < 0)
        {
            decpt++;
            return "1";
        }

        return string.Create(last + 1, digits, static (span, d) =>
        {
            d.AsSpan(0, span.Length).CopyTo(span);
            span[^1] = (char)(span[^1] + 1);
        });
    }
}
