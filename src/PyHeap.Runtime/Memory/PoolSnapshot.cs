namespace PyHeap.Runtime.Memory;

/// <summary>
/// One pool of an arena. <paramref name="SizeClass"/> is the class the pool was last initialized for (an empty
/// pool keeps it; -1 for a never-initialized pool). <paramref name="Blocks"/> has one entry per block of that
/// class (empty for a never-initialized pool).
/// </summary>
public sealed record PoolSnapshot(
    int Index,
    long Address,
    int SizeClass,
    int BlockSize,
    PoolState State,
    int UsedBlocks,
    IReadOnlyList<BlockState> Blocks)
{
    /// <summary>Address of block <paramref name="block"/> (pool address + POOL_OVERHEAD + index * block size).</summary>
    public long BlockAddress(int block, MemoryProfile profile) => Address + profile.PoolOverhead + (long)block * BlockSize;
}
