namespace PyHeap.Runtime.Memory;

/// <summary>The object-level free lists of CPython 3.11 that sit in front of the allocator.</summary>
public enum FreeListKind
{
    Float,
    Tuple,
    List,
    Dict,

    /// <summary>Dict keys tables of PyDict_LOG_MINSIZE (8 slots) with unicode keys only (the caller checks).</summary>
    DictKeys,
}
