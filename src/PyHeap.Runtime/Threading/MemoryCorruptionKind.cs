namespace PyHeap.Runtime.Threading;

/// <summary>What a lost refcount update led to.</summary>
public enum MemoryCorruptionKind : byte
{
    /// <summary>The count reached zero while references remained: CPython would free the object under them.</summary>
    UseAfterFree,

    /// <summary>Every reference is gone but the count is not zero: the object is never freed.</summary>
    Leak,
}
