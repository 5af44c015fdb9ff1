namespace PyHeap.Runtime.Memory;

internal sealed partial class Pymalloc
{
    /// <summary>Models Objects/obmalloc.c: address_in_range (arena_map_is_used): inside a mapped arena.</summary>
    public bool AddressInRange(long address) => space.ArenaAt(address) >= 0;

    /// <summary>
    /// Models Objects/obmalloc.c: pymalloc_free. Returns false if pymalloc did not allocate the address (the
    /// caller hands it to the raw allocator). The block goes to the front of its pool's free list; a pool that
    /// was full goes to the front of usedpools; a pool that became empty goes to its arena's freepools.
    /// </summary>
    public bool Free(long address)
    {
        var a = space.ArenaAt(address);
        if (a < 0) return false;
        var poolId = LocateBlock(a, address, out var block);
        ref var pool = ref pools[poolId];
        var slot = pool.LinkBase + block;
        var blockLinks = links[a]!;
        var lastFree = pool.FreeBlock;
        blockLinks[slot] = (ushort)(lastFree + 1);
        pool.FreeBlock = block;
        pool.Count--;
        AllocatedBlocks--;
        Observer?.BlockFreed(address, pool.SzIdx);

        if (lastFree < 0)
        {
            // The pool was full: link it to the front of its usedpools ring.
            InsertToUsedPool(poolId, ref pool);
            return true;
        }
        if (pool.Count != 0) return true;
        InsertToFreePool(poolId, ref pool);
        return true;
    }

    /// <summary>INDEX2SIZE(pool->szidx) for an allocated block (pymalloc_realloc), or -1 if not pymalloc's.</summary>
    public int BlockSizeAt(long address)
    {
        var a = space.ArenaAt(address);
        if (a < 0) return -1;
        var poolId = LocateBlock(a, address, out _);
        return blockSize[pools[poolId].SzIdx];
    }

    /// <summary>The size class of an allocated pymalloc block, or -1 if not pymalloc's.</summary>
    public int SizeClassAt(long address)
    {
        var a = space.ArenaAt(address);
        return a < 0 ? -1 : pools[LocateBlock(a, address, out _)].SzIdx;
    }

    /// <summary>POOL_ADDR plus checks that <paramref name="address"/> is an allocated block (else a simulator bug).</summary>
    private int LocateBlock(int a, long address, out int block)
    {
        ref var ao = ref arenas[a];
        var poolAddress = address & ~poolMask;
        if (poolAddress < ao.FirstPool || poolAddress >= ao.PoolAddress)
            throw new SimulatorBugException($"free of 0x{address:x}: inside an arena but not in a carved pool");
        var poolId = PoolId(a, (int)((poolAddress - ao.FirstPool) >> poolShift));
        ref var pool = ref pools[poolId];
        var offset = (int)(address - poolAddress) - poolOverhead;
        if (pool.Count == 0 || offset < 0 || pool.SzIdx >= numClasses)
            throw new SimulatorBugException($"free of 0x{address:x}: its pool holds no allocated block");
        block = BlockIndex(offset, pool.SzIdx, out var boundary);
        if (!boundary || offset + poolOverhead >= pool.NextOffset ||
            links[a]![pool.LinkBase + block] != UsedMark)
            throw new SimulatorBugException($"free of 0x{address:x}: not an allocated block (double free?)");
        return poolId;
    }

    /// <summary>Models Objects/obmalloc.c: insert_to_usedpool — front of the ring for its size class.</summary>
    private void InsertToUsedPool(int poolId, ref PoolHeader pool)
    {
        var head = pool.SzIdx;
        var next = pools[head].NextPool;
        pool.NextPool = next;
        pool.PrevPool = head;
        pools[next].PrevPool = poolId;
        pools[head].NextPool = poolId;
    }

    /// <summary>
    /// Models Objects/obmalloc.c: insert_to_freepool — unlinks the empty pool from usedpools, pushes it on its
    /// arena's freepools, and does the arena management: free a wholly empty arena unless it is the last one in
    /// usable_arenas (bpo-37257 keeps one), put a formerly full arena at the head, or slide the arena right to
    /// keep usable_arenas sorted by nfreepools (using nfp2lasta).
    /// </summary>
    private void InsertToFreePool(int poolId, ref PoolHeader pool)
    {
        var next = pool.NextPool;
        var prev = pool.PrevPool;
        pools[next].PrevPool = prev;
        pools[prev].NextPool = next;

        var a = pool.ArenaIndex;
        ref var ao = ref arenas[a];
        pool.NextPool = ao.FreePools;
        ao.FreePools = poolId;
        var nf = ao.NFreePools;
        var lastnf = nfp2lasta[nf];
        if (lastnf == a)
        {
            var p = ao.PrevArena;
            nfp2lasta[nf] = p >= 0 && arenas[p].NFreePools == nf ? p : -1;
        }
        ao.NFreePools = ++nf;

        if (nf == ao.NTotalPools && ao.NextArena >= 0)
        {
            // Case 1: unlink from usable_arenas and return the arena to the OS.
            if (ao.PrevArena < 0) usableArenas = ao.NextArena;
            else arenas[ao.PrevArena].NextArena = ao.NextArena;
            arenas[ao.NextArena].PrevArena = ao.PrevArena;
            ao.NextArena = unusedArenaObjects;
            unusedArenaObjects = a;
            var address = ao.Address;
            space.Unmap(address);
            budget.Release(arenaSize);
            ao.Address = 0;
            NArenasCurrentlyAllocated--;
            Observer?.ArenaFreed(a, address);
            return;
        }

        if (nf == 1)
        {
            // Case 2: the arena was full; put it at the head of usable_arenas.
            ao.NextArena = usableArenas;
            ao.PrevArena = -1;
            if (usableArenas >= 0) arenas[usableArenas].PrevArena = a;
            usableArenas = a;
            if (nfp2lasta[1] < 0) nfp2lasta[1] = a;
            return;
        }

        if (nfp2lasta[nf] < 0) nfp2lasta[nf] = a;
        // Case 4: it was the rightmost arena with the old count, so the order still holds.
        if (a == lastnf) return;

        // Case 3: move the arena right, to just after lastnf.
        if (ao.PrevArena >= 0) arenas[ao.PrevArena].NextArena = ao.NextArena;
        else usableArenas = ao.NextArena;
        arenas[ao.NextArena].PrevArena = ao.PrevArena;
        ao.PrevArena = lastnf;
        ao.NextArena = arenas[lastnf].NextArena;
        if (ao.NextArena >= 0) arenas[ao.NextArena].PrevArena = a;
        arenas[lastnf].NextArena = a;
    }
}
