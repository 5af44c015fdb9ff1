namespace PyHeap.Runtime.Memory;

/// <summary>
/// Models Objects/obmalloc.c: struct pool_header. Pool links are pool ids (indexes into the pool table, whose
/// first NB_SMALL_SIZE_CLASSES entries are the usedpools[] ring heads); the free list is block indexes.
/// </summary>
internal struct PoolHeader
{
    /// <summary>ref.count: number of allocated blocks.</summary>
    public int Count;

    /// <summary>freeblock: index of the head of the pool's free list, or -1 (NULL).</summary>
    public int FreeBlock;

    /// <summary>nextpool: next pool of this size class (or next in the arena's freepools list).</summary>
    public int NextPool;

    /// <summary>prevpool: previous pool of this size class.</summary>
    public int PrevPool;

    /// <summary>arenaindex: index into the arenas vector.</summary>
    public int ArenaIndex;

    /// <summary>szidx: block size class index, or <see cref="Pymalloc.DummySizeIdx"/> for a newly carved pool.</summary>
    public int SzIdx;

    /// <summary>nextoffset: bytes from the pool start to the first never-used block.</summary>
    public int NextOffset;

    /// <summary>maxnextoffset: the largest valid nextoffset.</summary>
    public int MaxNextOffset;

    /// <summary>The pool's simulated address (POOL_ADDR of its blocks).</summary>
    public long Address;

    /// <summary>Where this pool's block links start in its arena's link array (pool index in arena × blocks per
    /// pool): fixed by the pool's id, kept here so malloc and free need no division to find it.</summary>
    public int LinkBase;
}
