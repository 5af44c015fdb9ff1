namespace PyHeap.Runtime.Memory;

/// <summary>
/// An immutable picture of the simulated pymalloc: mapped arenas in arenas-vector order, usable_arenas order,
/// the usedpools rings, the arena counters of sys._debugmallocstats and block/byte totals.
/// </summary>
public sealed record PymallocSnapshot(
    string ProfileName,
    IReadOnlyList<ArenaSnapshot> Arenas,
    IReadOnlyList<int> UsableArenaOrder,
    IReadOnlyList<IReadOnlyList<long>> UsedPools,
    long ArenasAllocatedTotal,
    long ArenasReclaimed,
    long ArenasHighwater,
    long ArenasCurrentlyAllocated,
    long BlocksInUse,
    long BytesInUse,
    int FreeListBlocks,
    long RawBlocks,
    long RawBytes);
