using System.Numerics;

namespace PyHeap.Runtime.Numerics;

public static partial class IntOps
{
    private const string NegativeShiftCount = "negative shift count";

    /// <summary>a &lt;&lt; n in long arithmetic; false on overflow (retry with BigInteger).</summary>
    public static bool TryLeftShift(long a, long n, out long result)
    {
        if (n < 0)
        {
            throw PyArithmeticError.Value(NegativeShiftCount);
        }

        if (a == 0)
        {
            result = 0;
            return true;
        }

        if (n >= 64)
        {
            result = 0;
            return false;
        }

        result = a << (int)n;
        return (result >> (int)n) == a;
    }

    /// <summary>a &gt;&gt; n (floor, like Python, for negatives too).</summary>
    public static long RightShift(long a, long n)
    {
        if (n < 0)
        {
            throw PyArithmeticError.Value(NegativeShiftCount);
        }

        return a >> (int)Math.Min(n, 63);
    }

    public static BigInteger LeftShift(BigInteger a, BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw PyArithmeticError.Value(NegativeShiftCount);
        }

        if (a.IsZero)
        {
            return a;
        }

        if (n > int.MaxValue - 64)
        {
            throw new PyArithmeticError("MemoryError", string.Empty);
        }

        return a << (int)n;
    }

    public static BigInteger RightShift(BigInteger a, BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw PyArithmeticError.Value(NegativeShiftCount);
        }

        if (n >= a.GetBitLength() + 1)
        {
            return a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        }

        // BigInteger's >> is arithmetic (floor) on the two's complement value, as Python's is.
        return a >> (int)n;
    }

    // BigInteger's &, |, ^ and ~ already use infinite two's complement semantics, as Python's ints do.
    public static BigInteger And(BigInteger a, BigInteger b) => a & b;

    public static BigInteger Or(BigInteger a, BigInteger b) => a | b;

    public static BigInteger Xor(BigInteger a, BigInteger b) => a ^ b;

    public static BigInteger Invert(BigInteger a) => -a - BigInteger.One;

    /// <summary>int.bit_length(): bits of |a|, excluding sign and leading zeros.</summary>
    public static long BitLength(long a)
    {
        ulong magnitude = a < 0 ? (ulong)(-(a + 1)) + 1 : (ulong)a;
        return 64 - BitOperations.LeadingZeroCount(magnitude);
    }

    /// <inheritdoc cref="BitLength(long)"/>
    public static long BitLength(BigInteger a) => (long)BigInteger.Abs(a).GetBitLength();

    /// <summary>int.bit_count() (3.10+): ones in the binary representation of |a|.</summary>
    public static long BitCount(BigInteger a)
    {
        long count = 0;
        foreach (byte b in BigInteger.Abs(a).ToByteArray(isUnsigned: true))
        {
            count += BitOperations.PopCount(b);
        }

        return count;
    }
}
