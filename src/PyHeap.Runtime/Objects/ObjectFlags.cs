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

    /// <summary>PREV_MASK_COLLECTING: in the generation being collected.</summary>
    GcCollecting = 16,

    /// <summary>NEXT_MASK_UNREACHABLE: on move_unreachable's tentative unreachable list.</summary>
    GcUnreachable = 32,
}
