using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyHeap.Runtime.Numerics;

/// <summary>Models Python/pyhash.c: siphash13 (CPython 3.11's default string/bytes hash).</summary>
internal static class SipHash13
{
    public static ulong Hash(ulong k0, ulong k1, ReadOnlySpan<byte> src)
    {
        ulong b = (ulong)src.Length << 56;
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;

        while (src.Length >= 8)
        {
            ulong mi = BinaryPrimitives.ReadUInt64LittleEndian(src);
            src = src[8..];
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }

        ulong t = 0;
        for (int i = src.Length - 1; i >= 0; i--)
        {
            t = (t << 8) | src[i];
        }

        b |= t;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        // HALF_ROUND(v0,v1,v2,v3,13,16)
        v0 += v1; v2 += v3;
        v1 = BitOperations.RotateLeft(v1, 13) ^ v0;
        v3 = BitOperations.RotateLeft(v3, 16) ^ v2;
        v0 = BitOperations.RotateLeft(v0, 32);
        // HALF_ROUND(v2,v1,v0,v3,17,21)
        v2 += v1; v0 += v3;
        v1 = BitOperations.RotateLeft(v1, 17) ^ v2;
        v3 = BitOperations.RotateLeft(v3, 21) ^ v0;
        v2 = BitOperations.RotateLeft(v2, 32);
    }
}
