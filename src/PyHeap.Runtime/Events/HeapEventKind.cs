namespace PyHeap.Runtime.Events;

/// <summary>What happened to an object.</summary>
public enum HeapEventKind : byte
{
    Allocated,
    RefCountChanged,
    Freed,

    /// <summary>A collection began (<see cref="HeapEvent.Collection"/>: generation, counts before, objects examined).</summary>
    GcStarted,

    /// <summary>A collection ended (<see cref="HeapEvent.Collection"/>: the full report).</summary>
    GcFinished,

    /// <summary>pymalloc mapped an arena (Address; NewCount = the arena's index).</summary>
    ArenaAllocated,

    /// <summary>pymalloc returned an empty arena to the OS.</summary>
    ArenaFreed,

    /// <summary>A pool was initialized for a size class (Address = the pool; Delta = the size class).</summary>
    PoolInitialized,

    /// <summary>A pymalloc block was handed out (Delta = the size class).</summary>
    BlockAllocated,

    /// <summary>A pymalloc block was freed (Delta = the size class).</summary>
    BlockFreed,

    /// <summary>The raw allocator (requests over 512 bytes) handed out a chunk (Delta = the request size).</summary>
    RawAllocated,

    /// <summary>A raw chunk was freed.</summary>
    RawFreed,

    /// <summary>The running simulated thread changed (<see cref="HeapEvent.Gil"/>: time, threads, cause).</summary>
    ThreadSwitched,

    /// <summary>A thread took the GIL (<see cref="HeapEvent.Gil"/>).</summary>
    GilAcquired,

    /// <summary>A thread dropped the GIL (<see cref="HeapEvent.Gil"/>: the cause — interval expired, blocking call, thread end).</summary>
    GilReleased,
}
