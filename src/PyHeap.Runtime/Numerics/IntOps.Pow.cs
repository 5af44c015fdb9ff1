using System.Numerics;

namespace PyHeap.Runtime.Numerics;

public static partial class IntOps
{
    /// <summary>a ** e for e &gt;= 0 in long arithmetic; false on overflow.</summary>
    public static bool TryPower(long a, long e, out long result)
    {
        if (e < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(e), "negative exponents produce a float: use PowerNegative");
        }

        long acc = 1;
        long b = a;
        result = 0;
        while (true)
        {
            if ((e & 1) != 0 && !TryMultiply(acc, b, out acc))
            {
                return false;
            }

            e >>= 1;
            if (e == 0)
            {
                break;
            }

            if (!TryMultiply(b, b, out b))
            {
                return false;
            }
        }

        result = acc;
        return true;
    }

    /// <summary>a ** e for e &gt;= 0.</summary>
    public static BigInteger Power(BigInteger a, BigInteger e)
    {
        if (e.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(e), "negative exponents produce a float: use PowerNegative");
        }

        if (a.IsZero)
        {
            return e.IsZero ? BigInteger.One : BigInteger.Zero;
        }

        if (a.IsOne)
        {
            return a;
        }

        if (a == BigInteger.MinusOne)
        {
            return e.IsEven ? BigInteger.One : BigInteger.MinusOne;
        }

        if (e > int.MaxValue)
        {
            throw new PyArithmeticError("MemoryError", string.Empty);
        }

        return BigInteger.Pow(a, (int)e);
    }

    /// <summary>
    /// a ** e for e &lt; 0: CPython's long_pow hands this to float_pow, so the operands convert to float first
    /// (OverflowError "int too large to convert to float") and 0 ** -1 is the float error.
    /// </summary>
    public static double PowerNegative(BigInteger a, BigInteger e) => FloatOps.Power(ToDouble(a), ToDouble(e));

    /// <summary>pow(a, e, m): Models Objects/longobject.c: long_pow with a modulus, including negative exponents (3.8+).</summary>
    public static BigInteger ModPow(BigInteger a, BigInteger e, BigInteger m)
    {
        if (m.IsZero)
        {
            throw PyArithmeticError.Value("pow() 3rd argument cannot be 0");
        }

        bool negativeOutput = m.Sign < 0;
        if (negativeOutput)
        {
            m = -m;
        }

        if (e.Sign < 0)
        {
            a = ModInverse(a, m);
            e = -e;
        }

        if (m.IsOne)
        {
            return BigInteger.Zero;
        }

        BigInteger z = BigInteger.ModPow(Modulo(a, m), e, m);
        if (negativeOutput && !z.IsZero)
        {
            z -= m;
        }

        return z;
    }

    /// <summary>Models Objects/longobject.c: long_invmod (m &gt; 0).</summary>
    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger b = m;
        BigInteger c = BigInteger.One;
        BigInteger d = BigInteger.Zero;
        a = Modulo(a, m);
        while (!b.IsZero)
        {
            (BigInteger q, BigInteger r) = DivMod(a, b);
            a = b;
            b = r;
            BigInteger t = c - q * d;
            c = d;
            d = t;
        }

        if (!a.IsOne)
        {
            throw PyArithmeticError.Value("base is not invertible for the given modulus");
        }

        return Modulo(c, m);
    }

    /// <summary>math.gcd of two ints (always non-negative).</summary>
    public static BigInteger Gcd(BigInteger a, BigInteger b) => BigInteger.GreatestCommonDivisor(a, b);
}
