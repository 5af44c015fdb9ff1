namespace PyHeap.Runtime.Memory;

/// <summary>
/// One mapped arena: its index in the arenas vector, base address, the first pool-aligned address (pool 0),
/// ntotalpools, nfreepools (empty + never carved) and every pool slot, carved or not.
/// </summary>
public sealed record ArenaSnapshot(
    int Index,
    long Address,
    long FirstPoolAddress,
    int TotalPools,
    int FreePools,
    IReadOnlyList<PoolSnapshot> Pools);
