using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyHeap.Runtime.Numerics;

/// <summary>
/// Python int arithmetic on C# values. <c>long</c> fast paths are <c>Try*</c> methods returning false on overflow
/// (the caller then retries with the BigInteger overload); BigInteger overloads always succeed or raise Python errors.
/// </summary>
public static partial class IntOps
{
    internal const string IntDivisionByZero = "integer division or modulo by zero";
    internal const string IntModuloByZero = "integer modulo by zero";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAdd(long a, long b, out long result)
    {
        result = unchecked(a + b);
        return ((a ^ result) & (b ^ result)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TrySubtract(long a, long b, out long result)
    {
        result = unchecked(a - b);
        return ((a ^ b) & (a ^ result)) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMultiply(long a, long b, out long result)
    {
        long high = Math.BigMul(a, b, out long low);
        result = low;
        return high == (low >> 63);
    }

    /// <summary>-a; fails only for long.MinValue.</summary>
    public static bool TryNegate(long a, out long result)
    {
        result = unchecked(-a);
        return a != long.MinValue;
    }

    /// <summary>a // b (floor). Fails only for long.MinValue // -1. Raises ZeroDivisionError for b == 0.</summary>
    public static bool TryFloorDivide(long a, long b, out long result)
    {
        if (b == 0)
        {
            throw PyArithmeticError.ZeroDivision(IntDivisionByZero);
        }

        if (b == -1 && a == long.MinValue)
        {
            result = 0;
            return false;
        }

        long q = a / b;
        if ((a % b != 0) && ((a ^ b) < 0))
        {
            q--;
        }

        result = q;
        return true;
    }

    /// <summary>a % b with the sign of b (never overflows). Raises ZeroDivisionError for b == 0.</summary>
    public static long Modulo(long a, long b)
    {
        if (b == 0)
        {
            throw PyArithmeticError.ZeroDivision(IntModuloByZero);
        }

        if (b == -1)
        {
            return 0;
        }

        long r = a % b;
        if (r != 0 && ((r ^ b) < 0))
        {
            r += b;
        }

        return r;
    }

    /// <summary>divmod(a, b). Fails only for long.MinValue, -1.</summary>
    public static bool TryDivMod(long a, long b, out long quotient, out long remainder)
    {
        if (b == 0)
        {
            throw PyArithmeticError.ZeroDivision(IntDivisionByZero);
        }

        remainder = 0;
        if (!TryFloorDivide(a, b, out quotient))
        {
            return false;
        }

        remainder = unchecked(a - quotient * b);
        return true;
    }

    public static BigInteger FloorDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw PyArithmeticError.ZeroDivision(IntDivisionByZero);
        }

        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && r.Sign != b.Sign)
        {
            q -= BigInteger.One;
        }

        return q;
    }

    public static BigInteger Modulo(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw PyArithmeticError.ZeroDivision(IntModuloByZero);
        }

        BigInteger r = BigInteger.Remainder(a, b);
        if (!r.IsZero && r.Sign != b.Sign)
        {
            r += b;
        }

        return r;
    }

    public static (BigInteger Quotient, BigInteger Remainder) DivMod(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw PyArithmeticError.ZeroDivision(IntDivisionByZero);
        }

        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && r.Sign != b.Sign)
        {
            q -= BigInteger.One;
            r += b;
        }

        return (q, r);
    }

    /// <summary>Narrows to long when it fits (the runtime's canonical small-int form).</summary>
    public static bool TryToLong(BigInteger value, out long result)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            result = (long)value;
            return true;
        }

        result = 0;
        return false;
    }
}
