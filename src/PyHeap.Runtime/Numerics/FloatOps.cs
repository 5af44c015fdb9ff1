using System.Globalization;
using System.Numerics;

namespace PyHeap.Runtime.Numerics;

/// <summary>Python float arithmetic with CPython 3.11's special cases and error messages (Objects/floatobject.c).</summary>
public static class FloatOps
{
    internal const string ComplexUnsupported = "complex numbers are not supported by PyHeap";
    private const double TwoPow63 = 9223372036854775808.0;

    /// <summary>x / y ("float division by zero").</summary>
    public static double Divide(double x, double y)
    {
        if (y == 0.0)
        {
            throw PyArithmeticError.ZeroDivision("float division by zero");
        }

        return x / y;
    }

    /// <summary>Models float_floor_div.</summary>
    public static double FloorDivide(double x, double y)
    {
        if (y == 0.0)
        {
            throw PyArithmeticError.ZeroDivision("float floor division by zero");
        }

        DivMod(x, y, out double q, out _);
        return q;
    }

    /// <summary>Models float_rem: the result has the sign of y.</summary>
    public static double Modulo(double x, double y)
    {
        if (y == 0.0)
        {
            throw PyArithmeticError.ZeroDivision("float modulo");
        }

        double mod = x % y; // C fmod
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }

        return mod;
    }

    /// <summary>Models float_divmod.</summary>
    public static (double Quotient, double Remainder) DivMod(double x, double y)
    {
        if (y == 0.0)
        {
            throw PyArithmeticError.ZeroDivision("float divmod()");
        }

        DivMod(x, y, out double q, out double r);
        return (q, r);
    }

    /// <summary>Models _float_div_mod.</summary>
    private static void DivMod(double vx, double wx, out double floordiv, out double mod)
    {
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }

        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
    }

    /// <summary>
    /// Models float_pow (2-argument). A negative base with a non-integral exponent gives a complex in Python;
    /// PyHeap has no complex, so that raises TypeError "complex numbers are not supported by PyHeap".
    /// </summary>
    public static double Power(double iv, double iw)
    {
        if (iw == 0)
        {
            return 1.0;
        }

        if (double.IsNaN(iv))
        {
            return iv;
        }

        if (double.IsNaN(iw))
        {
            return iv == 1.0 ? 1.0 : iw;
        }

        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0)
            {
                return 1.0;
            }

            return (iw > 0.0) == (iv > 1.0) ? Math.Abs(iw) : 0.0;
        }

        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0.0)
            {
                return odd ? iv : Math.Abs(iv);
            }

            return odd ? Math.CopySign(0.0, iv) : 0.0;
        }

        if (iv == 0.0)
        {
            if (iw < 0.0)
            {
                throw PyArithmeticError.ZeroDivision("0.0 cannot be raised to a negative power");
            }

            return IsOddInteger(iw) ? iv : 0.0;
        }

        bool negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw))
            {
                throw PyArithmeticError.Type(ComplexUnsupported);
            }

            iv = -iv;
            negate = IsOddInteger(iw);
        }

        if (iv == 1.0)
        {
            return negate ? -1.0 : 1.0;
        }

        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix))
        {
            throw PyArithmeticError.Overflow("(34, 'Numerical result out of range')");
        }

        return negate ? -ix : ix;
    }

    /// <summary>DOUBLE_IS_ODD_INTEGER.</summary>
    private static bool IsOddInteger(double x) => Math.Abs(x % 2.0) == 1.0;

    /// <summary>float.is_integer().</summary>
    public static bool IsInteger(double x) => double.IsFinite(x) && x == Math.Floor(x);

    /// <summary>int(x) for a float: truncation. Models PyLong_FromDouble.</summary>
    public static BigInteger ToInteger(double x)
    {
        if (double.IsNaN(x))
        {
            throw PyArithmeticError.Value("cannot convert float NaN to integer");
        }

        if (double.IsInfinity(x))
        {
            throw PyArithmeticError.Overflow("cannot convert float infinity to integer");
        }

        double t = Math.Truncate(x);
        if (Math.Abs(t) < TwoPow63)
        {
            return (long)t;
        }

        long mant = DoubleBits.Decompose(t, out int exp); // |t| >= 2**63, so exp > 0
        return new BigInteger(mant) << exp;
    }

    /// <summary>int(x) when the result fits in a long; false otherwise (use <see cref="ToInteger"/>).</summary>
    public static bool TryToLong(double x, out long result)
    {
        double t = Math.Truncate(x);
        if (t >= -TwoPow63 && t < TwoPow63)
        {
            result = (long)t;
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>round(x) with no ndigits: half-even to an int. Models float___round___impl.</summary>
    public static BigInteger RoundToInteger(double x) => ToInteger(Math.Round(x, MidpointRounding.ToEven));

    /// <summary>round(x, ndigits): correctly rounded from the exact binary value. Models floatobject.c: double_round.</summary>
    public static double Round(double x, long ndigits)
    {
        const int ndigitsMax = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
        const int ndigitsMin = -308; // -(DBL_MAX_EXP + 1) * 0.30103
        if (!double.IsFinite(x) || ndigits > ndigitsMax)
        {
            return x;
        }

        if (ndigits < ndigitsMin)
        {
            return 0.0 * x;
        }

        string digits = DoubleDigits.Fixed(Math.Abs(x), (int)ndigits, out int decpt);
        string text = (double.IsNegative(x) ? "-0" : "0") + digits + "e" + (decpt - digits.Length).ToString(CultureInfo.InvariantCulture);
        double rounded = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(rounded))
        {
            throw PyArithmeticError.Overflow("rounded value too large to represent");
        }

        return rounded;
    }
}
