namespace PyHeap.Runtime.Memory;

/// <summary>
/// Hears every event of the simulated allocator, after it happened. Leave <see cref="ObjectAllocator.Observer"/>
/// null to pay nothing.
/// </summary>
public interface IAllocatorObserver
{
    /// <summary>new_arena mapped an arena (arenas[arenaIndex].address = address).</summary>
    void ArenaAllocated(int arenaIndex, long address);

    /// <summary>An empty arena was returned to the OS.</summary>
    void ArenaFreed(int arenaIndex, long address);

    /// <summary>A pool header was (re)initialized for a size class (not raised when a pool keeps its class).</summary>
    void PoolInitialized(long poolAddress, int sizeClass);

    void BlockAllocated(long address, int sizeClass);

    void BlockFreed(long address, int sizeClass);

    /// <summary>The raw (malloc) allocator handed out a chunk; <paramref name="size"/> is the request.</summary>
    void RawAllocated(long address, int size);

    void RawFreed(long address);
}
