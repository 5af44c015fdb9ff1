using System.Numerics;

namespace PyHeap.Runtime.Numerics;

/// <summary>Exact BigInteger ↔ double helpers.</summary>
internal static class DoubleBits
{
    /// <summary>
    /// The double nearest to mant * 2**exp (mant &gt; 0), ties to even, honouring subnormals; +inf if too large.
    /// Callers that truncated an exact value OR a sticky 1 into mant's lowest bit, with 2+ bits below the 53 kept.
    /// </summary>
    public static double ScaledToDouble(BigInteger mant, long exp)
    {
        long len = (long)mant.GetBitLength();
        long top = len + exp - 1; // exponent of the most significant bit
        if (top > 1023)
        {
            return double.PositiveInfinity;
        }

        long keep = top >= -1022 ? 53 : 53 - (-1022 - top);
        if (keep < 0)
        {
            return 0.0;
        }

        long drop = len - keep;
        if (drop <= 0)
        {
            return Math.ScaleB((double)(ulong)mant, (int)exp);
        }

        BigInteger kept = mant >> (int)drop;
        BigInteger rest = mant - (kept << (int)drop);
        BigInteger half = BigInteger.One << (int)(drop - 1);
        int cmp = rest.CompareTo(half);
        if (cmp > 0 || (cmp == 0 && !kept.IsEven))
        {
            kept += BigInteger.One;
        }

        return Math.ScaleB((double)(ulong)kept, (int)(exp + drop));
    }

    /// <summary>Splits a finite double into an integer mantissa and a power of two: value == mant * 2**exp.</summary>
    public static long Decompose(double value, out int exp)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0)
        {
            exp = -1074;
        }
        else
        {
            mant |= 1L << 52;
            exp = biased - 1075;
        }

        return value < 0 ? -mant : mant;
    }
}
