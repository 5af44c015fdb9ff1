using System.Globalization;
using System.Numerics;
using PyHeap.Language.Unicode;
using PyHeap.Runtime.Formatting;

namespace PyHeap.Runtime.Numerics;

/// <summary>int(str, base) as CPython 3.11. Models Objects/longobject.c: PyLong_FromUnicodeObject / _PyLong_FromString.</summary>
public static class IntParse
{
    /// <summary>sys.int_info.default_max_str_digits in 3.11.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>Parses like int(text, base); <paramref name="maxStrDigits"/> is sys.get_int_max_str_digits() (0 = no limit).</summary>
    public static BigInteger Parse(string text, int @base = 10, int maxStrDigits = DefaultMaxStrDigits)
    {
        if (@base != 0 && (@base < 2 || @base > 36))
        {
            throw PyArithmeticError.Value("int() base must be >= 2 and <= 36, or 0");
        }

        int effectiveBase = @base;
        if (!TryParseCore(text, ref effectiveBase, maxStrDigits, out BigInteger value))
        {
            throw PyArithmeticError.Value(InvalidLiteral(text, @base)); // the message names the base as passed
        }

        return value;
    }

    /// <summary>"invalid literal for int() with base %d: %.200R".</summary>
    internal static string InvalidLiteral(string text, int @base)
    {
        string repr = StrRepr.Repr(text);
        return "invalid literal for int() with base " + @base.ToString(CultureInfo.InvariantCulture) + ": " + (repr.Length > 200 ? repr[..200] : repr);
    }

    /// <summary>Py_ISSPACE: the C-locale whitespace CPython strips around number literals.</summary>
    internal static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    /// <summary>
    /// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become ASCII digits, Unicode whitespace a space;
    /// any other non-ASCII character makes the text invalid (returns null).
    /// </summary>
    internal static char[]? ToAscii(string text)
    {
        char[] result = new char[text.Length];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 127)
            {
                result[n++] = c;
                continue;
            }

            if (StrOps.IsSpace(c))
            {
                result[n++] = ' ';
                continue;
            }

            int digit = UnicodeDatabase.Decimal(StrOps.CodePointAt(text, i, out int width));
            if (digit < 0)
            {
                return null;
            }

            result[n++] = (char)('0' + digit);
            i += width - 1;
        }

        return n == result.Length ? result : result[..n];
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    private static bool TryParseCore(string text, ref int @base, int maxStrDigits, out BigInteger value)
    {
        value = BigInteger.Zero;
        char[]? chars = ToAscii(text);
        if (chars is null)
        {
            return false;
        }

        ReadOnlySpan<char> s = chars;
        int p = 0;
        while (p < s.Length && IsAsciiSpace(s[p]))
        {
            p++;
        }

        bool negative = false;
        if (p < s.Length && (s[p] == '+' || s[p] == '-'))
        {
            negative = s[p] == '-';
            p++;
        }

        char c0 = p < s.Length ? s[p] : '\0';
        char c1 = p + 1 < s.Length ? char.ToLowerInvariant(s[p + 1]) : '\0';
        bool errorIfNonzero = false;
        if (@base == 0)
        {
            @base = c0 != '0' ? 10 : c1 == 'x' ? 16 : c1 == 'o' ? 8 : c1 == 'b' ? 2 : 10;
            errorIfNonzero = c0 == '0' && @base == 10;
        }

        if (c0 == '0' && ((@base == 16 && c1 == 'x') || (@base == 8 && c1 == 'o') || (@base == 2 && c1 == 'b')))
        {
            p += 2;
            if (p < s.Length && s[p] == '_')
            {
                p++;
            }
        }

        if (p < s.Length && s[p] == '_')
        {
            return false;
        }

        // Collect the digits (without underscores) into a buffer.
        char[] digits = new char[s.Length - p];
        int count = 0;
        char prev = '\0';
        while (p < s.Length && (DigitValue(s[p]) < @base || s[p] == '_'))
        {
            if (s[p] == '_')
            {
                if (prev == '_')
                {
                    return false;
                }
            }
            else
            {
                digits[count++] = s[p];
            }

            prev = s[p];
            p++;
        }

        if (prev == '_' || count == 0)
        {
            return false;
        }

        if ((@base & (@base - 1)) != 0 && maxStrDigits > 0 && count > maxStrDigits)
        {
            throw PyArithmeticError.Value(
                $"Exceeds the limit ({maxStrDigits} digits) for integer string conversion: value has {count} digits; use sys.set_int_max_str_digits() to increase the limit");
        }

        while (p < s.Length && IsAsciiSpace(s[p]))
        {
            p++;
        }

        if (p != s.Length)
        {
            return false;
        }

        value = Convert(digits.AsSpan(0, count), @base);
        if (errorIfNonzero)
        {
            if (!value.IsZero)
            {
                return false;
            }
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>Converts validated digits; decimal uses .NET's parser (sub-quadratic for huge inputs).</summary>
    private static BigInteger Convert(ReadOnlySpan<char> digits, int @base)
    {
        if (digits.Length <= 12)
        {
            long small = 0;
            foreach (char c in digits)
            {
                small = small * @base + DigitValue(c);
            }

            return small;
        }

        if (@base == 10)
        {
            return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if ((@base & (@base - 1)) == 0)
        {
            int bitsPerDigit = BitOperations.TrailingZeroCount(@base);
            byte[] bytes = new byte[(digits.Length * bitsPerDigit + 7) / 8 + 1];
            int bitPos = 0;
            for (int i = digits.Length - 1; i >= 0; i--)
            {
                int v = DigitValue(digits[i]);
                for (int b = 0; b < bitsPerDigit; b++, bitPos++)
                {
                    if (((v >> b) & 1) != 0)
                    {
                        bytes[bitPos >> 3] |= (byte)(1 << (bitPos & 7));
                    }
                }
            }

            return new BigInteger(bytes, isUnsigned: true);
        }

        // Other bases: accumulate chunks of digits that fit in a long.
        BigInteger acc = BigInteger.Zero;
        int chunk = 10; // 36**10 < 2**63
        for (int i = 0; i < digits.Length; i += chunk)
        {
            int len = Math.Min(chunk, digits.Length - i);
            long part = 0;
            long scale = 1;
            for (int j = 0; j < len; j++)
            {
                part = part * @base + DigitValue(digits[i + j]);
                scale *= @base;
            }

            acc = acc * scale + part;
        }

        return acc;
    }
}
