namespace PyHeap.Runtime.Memory;

/// <summary>What a block of a pool currently is.</summary>
public enum BlockState : byte
{
    /// <summary>Beyond the pool's nextoffset: never handed out since the pool was initialized.</summary>
    NeverUsed,

    /// <summary>On the pool's freeblock list.</summary>
    Free,

    /// <summary>Allocated (holds a live object or buffer).</summary>
    Used,

    /// <summary>Allocated, but parked on an object free list (float, tuple, list, dict, dict keys).</summary>
    HeldByFreeList,

    /// <summary>
    /// Allocated by the interpreter's own start-up (CPython's modules, code, types and interned strings, which PyHeap
    /// does not model object by object; Memory/StartupResidue.cs) and never freed.
    /// </summary>
    StartUp,
}
