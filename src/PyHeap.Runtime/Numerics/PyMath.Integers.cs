using System.Numerics;

namespace PyHeap.Runtime.Numerics;

public static partial class PyMath
{
    /// <summary>math.gcd of any number of ints (0 for none).</summary>
    public static BigInteger Gcd(ReadOnlySpan<BigInteger> values)
    {
        BigInteger g = BigInteger.Zero;
        foreach (BigInteger v in values)
        {
            g = BigInteger.GreatestCommonDivisor(g, v);
        }

        return g;
    }

    /// <summary>math.lcm of any number of ints (1 for none).</summary>
    public static BigInteger Lcm(ReadOnlySpan<BigInteger> values)
    {
        BigInteger l = BigInteger.One;
        foreach (BigInteger v in values)
        {
            if (v.IsZero)
            {
                return BigInteger.Zero;
            }

            l = BigInteger.Abs(l / BigInteger.GreatestCommonDivisor(l, v) * v);
        }

        return l;
    }

    /// <summary>math.factorial(n).</summary>
    public static BigInteger Factorial(BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw PyArithmeticError.Value("factorial() not defined for negative values");
        }

        if (n > int.MaxValue)
        {
            throw PyArithmeticError.Overflow("factorial() argument should not exceed " + long.MaxValue);
        }

        return Product(1, (long)n);
    }

    /// <summary>math.comb(n, k).</summary>
    public static BigInteger Comb(BigInteger n, BigInteger k)
    {
        CheckNonNegative(n, k);
        if (k > n)
        {
            return BigInteger.Zero;
        }

        if (k > n - k)
        {
            k = n - k;
        }

        BigInteger result = BigInteger.One;
        for (BigInteger i = BigInteger.One; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    /// <summary>math.perm(n, k); pass k = n for perm(n).</summary>
    public static BigInteger Perm(BigInteger n, BigInteger k)
    {
        CheckNonNegative(n, k);
        if (k > n)
        {
            return BigInteger.Zero;
        }

        BigInteger result = BigInteger.One;
        for (BigInteger i = n - k + 1; i <= n; i++)
        {
            result *= i;
        }

        return result;
    }

    /// <summary>math.isqrt(n).</summary>
    public static BigInteger Isqrt(BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw PyArithmeticError.Value("isqrt() argument must be nonnegative");
        }

        if (n.IsZero)
        {
            return n;
        }

        // Newton from an over-estimate converges monotonically to floor(sqrt(n)).
        BigInteger x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            BigInteger y = (x + n / x) >> 1;
            if (y >= x)
            {
                return x;
            }

            x = y;
        }
    }

    private static void CheckNonNegative(BigInteger n, BigInteger k)
    {
        if (n.Sign < 0)
        {
            throw PyArithmeticError.Value("n must be a non-negative integer");
        }

        if (k.Sign < 0)
        {
            throw PyArithmeticError.Value("k must be a non-negative integer");
        }
    }

    /// <summary>lo * (lo+1) * ... * hi by binary splitting (fast for big factorials).</summary>
    private static BigInteger Product(long lo, long hi)
    {
        if (hi < lo)
        {
            return BigInteger.One;
        }

        if (hi - lo < 16)
        {
            BigInteger p = BigInteger.One;
            for (long i = lo; i <= hi; i++)
            {
                p *= i;
            }

            return p;
        }

        long mid = lo + (hi - lo) / 2;
        return Product(lo, mid) * Product(mid + 1, hi);
    }
}
