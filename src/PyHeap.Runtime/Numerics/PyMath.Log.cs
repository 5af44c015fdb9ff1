using System.Numerics;

namespace PyHeap.Runtime.Numerics;

public static partial class PyMath
{
    /// <summary>math.log(x) for a float. Models m_log.</summary>
    public static double Log(double x) => LogHelper(x, Math.Log);

    public static double Log2(double x) => LogHelper(x, Math.Log2);

    public static double Log10(double x) => LogHelper(x, Math.Log10);

    /// <summary>math.log(x) for an int: huge ints go through frexp as in loghelper, so log(2**2000) works.</summary>
    public static double Log(BigInteger x) => LogHelper(x, Math.Log);

    public static double Log2(BigInteger x) => LogHelper(x, Math.Log2);

    public static double Log10(BigInteger x) => LogHelper(x, Math.Log10);

    /// <summary>math.log(x, base) given the two already-computed natural logs: num / den, with "float division by zero".</summary>
    public static double LogWithBase(double lnX, double lnBase) => FloatOps.Divide(lnX, lnBase);

    private static double LogHelper(double x, Func<double, double> f)
    {
        if (double.IsNaN(x) || (double.IsInfinity(x) && x > 0))
        {
            return x;
        }

        if (x <= 0)
        {
            throw PyArithmeticError.Value(DomainError);
        }

        return f(x);
    }

    private static double LogHelper(BigInteger x, Func<double, double> f)
    {
        if (x.Sign <= 0)
        {
            throw PyArithmeticError.Value(DomainError);
        }

        double direct = DoubleBits.ScaledToDouble(x, 0);
        if (!double.IsInfinity(direct))
        {
            return f(direct);
        }

        long bits = (long)x.GetBitLength();

        // _PyLong_Frexp: x == m * 2**e with 0.5 <= m < 1, then func(m) + func(2.0) * e.
        double m = DoubleBits.ScaledToDouble(x, -bits);
        long e = bits;
        if (m == 1.0)
        {
            m = 0.5;
            e++;
        }

        return f(m) + f(2.0) * e;
    }
}
