namespace PyHeap.Runtime.Objects;

/// <summary>The hash of a str as CPython computes it with PYTHONHASHSEED=0 (delegates to the numerics library).</summary>
internal static class StrHash
{
    public static long Compute(string value) => Numerics.PyHash.Str(value);
}
