namespace PyHeap.Runtime.Objects;

/// <summary>Simulator bookkeeping bits in the header.</summary>
[Flags]
public enum ObjectFlags : byte
{
    None = 0,
    Immortal = 1,
    Freed = 2,

    /// <summary>PEP 442: the finalizer already ran (<c>_PyGC_FINALIZED</c>).</summary>
    Finalized = 4,

    /// <summary>Linked into a GC generation (<c>_PyObject_GC_IS_TRACKED</c>).</summary>
    Tracked = 8,
}
