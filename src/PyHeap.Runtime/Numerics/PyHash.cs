using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace PyHeap.Runtime.Numerics;

/// <summary>
/// CPython 3.11 64-bit hash functions (Python/pyhash.c, Objects/*object.c) with PYTHONHASHSEED=0,
/// i.e. the SipHash-1-3 key is all zeros.
/// </summary>
public static class PyHash
{
    /// <summary>_PyHASH_BITS: the modulus is the Mersenne prime 2**61 - 1.</summary>
    public const int Bits = 61;

    /// <summary>_PyHASH_MODULUS = 2**61 - 1.</summary>
    public const long Modulus = (1L << Bits) - 1;

    /// <summary>_PyHASH_INF: hash(float('inf')).</summary>
    public const long Inf = 314159;

    /// <summary>hash(True) / hash(False).</summary>
    public static long Bool(bool value) => value ? 1 : 0;

    /// <summary>Models Objects/longobject.c: long_hash for a machine-sized int.</summary>
    public static long Int(long value)
    {
        ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        long x = (long)(magnitude % (ulong)Modulus);
        if (value < 0)
        {
            x = -x;
        }

        return x == -1 ? -2 : x;
    }

    /// <summary>Models Objects/longobject.c: long_hash.</summary>
    public static long Int(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return Int((long)value);
        }

        long x = (long)(BigInteger.Abs(value) % Modulus);
        if (value.Sign < 0)
        {
            x = -x;
        }

        return x == -1 ? -2 : x;
    }

    /// <summary>
    /// Models Python/pyhash.c: _Py_HashDouble. NaN hashes by identity in 3.10+, so the caller passes the hash
    /// to use for NaN (normally <see cref="Pointer"/> of the float object's address).
    /// </summary>
    public static long Float(double value, long nanHash)
    {
        if (!double.IsFinite(value))
        {
            return double.IsNaN(value) ? nanHash : (value > 0 ? Inf : -Inf);
        }

        double m = FrExp(value, out int e);
        int sign = 1;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }

        const ulong mod = (ulong)Modulus;
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & mod) | (x >> (Bits - 28));
            m *= 268435456.0; // 2**28
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= mod)
            {
                x -= mod;
            }
        }

        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & mod) | (x >> (Bits - e));
        x = unchecked(x * (ulong)(long)sign);
        return x == ulong.MaxValue ? -2 : (long)x;
    }

    /// <summary>Hash of a float whose value is known not to be NaN.</summary>
    public static long Float(double value) => Float(value, 0);

    /// <summary>Models Python/pyhash.c: _Py_HashPointer (used by object.__hash__, None, NaN): rotate right by 4.</summary>
    public static long Pointer(ulong address)
    {
        ulong y = (address >> 4) | (address << 60);
        long h = (long)y;
        return h == -1 ? -2 : h;
    }

    /// <summary>Models Objects/bytesobject.c: bytes_hash (_Py_HashBytes).</summary>
    public static long Bytes(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return 0;
        }

        long x = (long)SipHash13.Hash(0, 0, data);
        return x == -1 ? -2 : x;
    }

    /// <summary>
    /// Models Objects/unicodeobject.c: unicode_hash. CPython hashes its PEP 393 storage: 1, 2 or 4 bytes per
    /// code point depending on the widest code point, so a surrogate pair counts as one 4-byte code point.
    /// </summary>
    public static long Str(string text) => Str(text.AsSpan());

    /// <inheritdoc cref="Str(string)"/>
    public static long Str(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        int kind = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c > 0xFF)
            {
                kind = 2;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    kind = 4;
                    break;
                }
            }
        }

        if (kind == 2 && BitConverter.IsLittleEndian)
        {
            return Bytes(MemoryMarshal.AsBytes(text));
        }

        int byteCount = kind == 1 ? text.Length : text.Length * 4;
        byte[]? rented = null;
        Span<byte> buffer = byteCount <= 512 ? stackalloc byte[byteCount] : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        int n = 0;
        if (kind == 1)
        {
            for (int i = 0; i < text.Length; i++)
            {
                buffer[n++] = (byte)text[i];
            }
        }
        else if (kind == 2)
        {
            for (int i = 0; i < text.Length; i++)
            {
                buffer[n++] = (byte)text[i];
                buffer[n++] = (byte)(text[i] >> 8);
            }
        }
        else
        {
            for (int i = 0; i < text.Length; i++)
            {
                int cp = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    cp = char.ConvertToUtf32(text[i], text[i + 1]);
                    i++;
                }

                buffer[n++] = (byte)cp;
                buffer[n++] = (byte)(cp >> 8);
                buffer[n++] = (byte)(cp >> 16);
                buffer[n++] = 0;
            }
        }

        long h = Bytes(buffer[..n]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return h;
    }

    /// <summary>Models Objects/tupleobject.c: tuplehash (the xxHash-based one of 3.8+), given the items' hashes.</summary>
    public static long Tuple(ReadOnlySpan<long> itemHashes)
    {
        const ulong prime1 = 11400714785074694791UL;
        const ulong prime2 = 14029467366897019727UL;
        const ulong prime5 = 2870177450012600261UL;
        ulong acc = prime5;
        foreach (long h in itemHashes)
        {
            acc += unchecked((ulong)h * prime2);
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= prime1;
        }

        acc += (ulong)itemHashes.Length ^ (prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// <summary>
    /// Models Objects/setobject.c: frozenset_hash given the hashes of the (distinct) members. CPython xors over
    /// its table including empty and dummy slots and then cancels those out, which equals xoring the members only.
    /// </summary>
    public static long FrozenSet(ReadOnlySpan<long> itemHashes)
    {
        ulong hash = 0;
        foreach (long h in itemHashes)
        {
            hash ^= ShuffleBits((ulong)h);
        }

        hash ^= ((ulong)itemHashes.Length + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return hash == ulong.MaxValue ? 590923713 : (long)hash;
    }

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    /// <summary>C frexp: value == m * 2**e with 0.5 &lt;= |m| &lt; 1 (value finite and non-zero; 0 gives m=0,e=0).</summary>
    internal static double FrExp(double value, out int e)
    {
        if (value == 0)
        {
            e = 0;
            return value;
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        int exp = (int)((bits >> 52) & 0x7FF);
        int adjust = 0;
        if (exp == 0)
        {
            value *= 18446744073709551616.0; // 2**64: normalise a subnormal
            bits = BitConverter.DoubleToInt64Bits(value);
            exp = (int)((bits >> 52) & 0x7FF);
            adjust = -64;
        }

        e = exp - 1022 + adjust;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
