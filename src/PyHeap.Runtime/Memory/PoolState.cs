namespace PyHeap.Runtime.Memory;

/// <summary>The states of a pool in obmalloc.c's "Pool table" comment, plus pools not yet carved off.</summary>
public enum PoolState
{
    /// <summary>Not yet carved off the arena's highwater mark (never had a header).</summary>
    NeverInitialized,

    /// <summary>Partially used: in its size class's usedpools ring.</summary>
    Used,

    /// <summary>All blocks allocated: in no list.</summary>
    Full,

    /// <summary>No block allocated: in its arena's freepools list (keeps its last size class).</summary>
    Empty,
}
