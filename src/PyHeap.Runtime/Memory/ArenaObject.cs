namespace PyHeap.Runtime.Memory;

/// <summary>Models Objects/obmalloc.c: struct arena_object. Links are indexes into the arenas vector (-1 = NULL).</summary>
internal struct ArenaObject
{
    /// <summary>address: the arena's base as returned by the (simulated) mmap; 0 = not associated.</summary>
    public long Address;

    /// <summary>pool_address: pool-aligned address of the next pool to be carved off.</summary>
    public long PoolAddress;

    /// <summary>The first pool-aligned address in the arena (pool 0).</summary>
    public long FirstPool;

    /// <summary>nfreepools: free pools + never-carved pools.</summary>
    public int NFreePools;

    /// <summary>ntotalpools: whole pools that fit after alignment.</summary>
    public int NTotalPools;

    /// <summary>freepools: head pool id of the singly-linked list of empty pools, or -1.</summary>
    public int FreePools;

    /// <summary>nextarena: in usable_arenas or unused_arena_objects.</summary>
    public int NextArena;

    /// <summary>prevarena: in usable_arenas.</summary>
    public int PrevArena;
}
