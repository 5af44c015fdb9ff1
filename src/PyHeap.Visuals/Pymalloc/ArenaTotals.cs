namespace PyHeap.Visuals.Pymalloc;

/// <summary>
/// The arena counters and byte accounting of sys._debugmallocstats() (Objects/obmalloc.c:
/// _PyObject_DebugMallocStats), recomputed from a snapshot so they match what <c>sys._debugmallocstats()</c> prints.
/// </summary>
public sealed record ArenaTotals(
    long ArenasAllocatedTotal,
    long ArenasReclaimed,
    long ArenasHighwater,
    long ArenasCurrentlyAllocated,
    long AllocatedBlockBytes,
    long AvailableBlockBytes,
    long UnusedPools,
    long UnusedPoolBytes,
    long PoolHeaderBytes,
    long QuantizationBytes,
    long ArenaAlignmentBytes,
    long RawBlocks,
    long RawBytes)
{
    /// <summary>The "Total" line: every byte of the mapped arenas, accounted for.</summary>
    public long Total => AllocatedBlockBytes + AvailableBlockBytes + UnusedPoolBytes + PoolHeaderBytes + QuantizationBytes + ArenaAlignmentBytes;
}
