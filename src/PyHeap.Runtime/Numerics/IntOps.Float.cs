using System.Numerics;

namespace PyHeap.Runtime.Numerics;

public static partial class IntOps
{
    private const long MaxExactLong = 1L << 53; // longs up to 2**53 convert to double exactly

    /// <summary>float(int): correctly rounded (half-even). Models Objects/longobject.c: PyLong_AsDouble.</summary>
    public static double ToDouble(long value) => value;

    /// <inheritdoc cref="ToDouble(long)"/>
    public static double ToDouble(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value; // the long → double conversion is correctly rounded
        }

        double d = DoubleBits.ScaledToDouble(BigInteger.Abs(value), 0);
        if (double.IsInfinity(d))
        {
            throw PyArithmeticError.Overflow("int too large to convert to float");
        }

        return value.Sign < 0 ? -d : d;
    }

    /// <summary>a / b for ints, correctly rounded. Models Objects/longobject.c: long_true_divide.</summary>
    public static double TrueDivide(long a, long b)
    {
        if (b == 0)
        {
            throw PyArithmeticError.ZeroDivision("division by zero");
        }

        if (a >= -MaxExactLong && a <= MaxExactLong && b >= -MaxExactLong && b <= MaxExactLong)
        {
            return (double)a / b; // both exact, so IEEE division is correctly rounded
        }

        return TrueDivide((BigInteger)a, (BigInteger)b);
    }

    /// <inheritdoc cref="TrueDivide(long, long)"/>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw PyArithmeticError.ZeroDivision("division by zero");
        }

        bool negate = (a.Sign < 0) != (b.Sign < 0);
        if (a.IsZero)
        {
            return negate ? -0.0 : 0.0;
        }

        BigInteger na = BigInteger.Abs(a);
        BigInteger nb = BigInteger.Abs(b);
        long la = (long)na.GetBitLength();
        long lb = (long)nb.GetBitLength();
        if (la <= 53 && lb <= 53)
        {
            double q0 = (double)(long)na / (long)nb;
            return negate ? -q0 : q0;
        }

        long diff = la - lb;
        if (diff > 1026)
        {
            throw PyArithmeticError.Overflow("integer division result too large for a float");
        }

        if (diff < -1080)
        {
            return negate ? -0.0 : 0.0;
        }

        // Scale so the quotient has at least 55 bits, then fold the remainder into a sticky low bit.
        long shift = diff - 55;
        BigInteger q = shift >= 0
            ? BigInteger.DivRem(na, nb << (int)shift, out BigInteger r)
            : BigInteger.DivRem(na << (int)-shift, nb, out r);
        if (!r.IsZero)
        {
            q |= BigInteger.One;
        }

        double d = DoubleBits.ScaledToDouble(q, shift);
        if (double.IsInfinity(d))
        {
            throw PyArithmeticError.Overflow("integer division result too large for a float");
        }

        return negate ? -d : d;
    }
}
