using System.Globalization;
using System.Numerics;

namespace PyHeap.Runtime.Numerics;

/// <summary>int → text: str(), hex(), oct(), bin(), with 3.11's integer string conversion length limit.</summary>
public static class IntFormat
{
    private const string LimitMessageSuffix = " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

    /// <summary>str(int) for a machine-sized int (never hits the limit).</summary>
    public static string ToDecimalString(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// str(int). Raises ValueError when the result would have more than <paramref name="maxStrDigits"/> digits
    /// (sign excluded; 0 = unlimited). Models long_to_decimal_string_internal's checks.
    /// </summary>
    public static string ToDecimalString(BigInteger value, int maxStrDigits = IntParse.DefaultMaxStrDigits)
    {
        if (maxStrDigits > 0)
        {
            // Cheap pre-check from the bit length so that huge values fail without the conversion work.
            double bits = (double)BigInteger.Abs(value).GetBitLength();
            if (bits * 0.30102999566398120 > maxStrDigits + 1)
            {
                throw LimitError(maxStrDigits);
            }
        }

        string s = value.ToString(CultureInfo.InvariantCulture);
        if (maxStrDigits > 0 && s.Length - (value.Sign < 0 ? 1 : 0) > maxStrDigits)
        {
            throw LimitError(maxStrDigits);
        }

        return s;
    }

    private static PyArithmeticError LimitError(int maxStrDigits) =>
        PyArithmeticError.Value("Exceeds the limit (" + maxStrDigits.ToString(CultureInfo.InvariantCulture) + LimitMessageSuffix);

    /// <summary>hex(x): '-0xff'.</summary>
    public static string Hex(BigInteger value) => WithPrefix(value, 16, "0x");

    /// <summary>oct(x): '0o10'.</summary>
    public static string Oct(BigInteger value) => WithPrefix(value, 8, "0o");

    /// <summary>bin(x): '-0b101'.</summary>
    public static string Bin(BigInteger value) => WithPrefix(value, 2, "0b");

    private static string WithPrefix(BigInteger value, int radix, string prefix)
    {
        string digits = MagnitudeDigits(BigInteger.Abs(value), radix, upper: false);
        return value.Sign < 0 ? "-" + prefix + digits : prefix + digits;
    }

    /// <summary>Digits of a non-negative value in base 2, 8, 10 or 16 (no prefix, no sign).</summary>
    public static string MagnitudeDigits(BigInteger magnitude, int radix, bool upper)
    {
        if (magnitude <= ulong.MaxValue)
        {
            ulong v = (ulong)magnitude;
            return radix switch
            {
                16 => v.ToString(upper ? "X" : "x", CultureInfo.InvariantCulture),
                2 => v.ToString("b", CultureInfo.InvariantCulture),
                10 => v.ToString(CultureInfo.InvariantCulture),
                _ => OctalOf(magnitude),
            };
        }

        switch (radix)
        {
            case 10:
                return magnitude.ToString(CultureInfo.InvariantCulture);
            case 16:
                return StripLeadingZeros(magnitude.ToString(upper ? "X" : "x", CultureInfo.InvariantCulture));
            case 2:
                return StripLeadingZeros(magnitude.ToString("b", CultureInfo.InvariantCulture));
            default:
                return OctalOf(magnitude);
        }
    }

    private static string StripLeadingZeros(string s)
    {
        int i = 0;
        while (i < s.Length - 1 && s[i] == '0')
        {
            i++;
        }

        return i == 0 ? s : s[i..];
    }

    private static string OctalOf(BigInteger magnitude)
    {
        if (magnitude.IsZero)
        {
            return "0";
        }

        int bits = (int)magnitude.GetBitLength();
        int n = (bits + 2) / 3;
        return string.Create(n, magnitude, static (span, m) =>
        {
            for (int i = span.Length - 1; i >= 0; i--)
            {
                span[i] = (char)('0' + (int)(m & 7));
                m >>= 3;
            }
        });
    }
}
