namespace PyHeap.Runtime.Memory;

internal sealed partial class Pymalloc
{
    /// <summary>
    /// Models Objects/obmalloc.c: pymalloc_alloc. Returns 0 (NULL) for 0 bytes, for requests above
    /// SMALL_REQUEST_THRESHOLD and when no arena can be mapped; the caller then falls back to the raw allocator.
    /// </summary>
    public long Alloc(int nbytes)
    {
        if (nbytes == 0 || nbytes > profile.SmallRequestThreshold) return 0;
        var size = (nbytes - 1) >> profile.AlignmentShift;
        var poolId = pools[size].NextPool;
        long address;
        if (poolId != size)
        {
            // There is a used pool for this size class: pick up the head block of its free list.
            ref var pool = ref pools[poolId];
            pool.Count++;
            var bp = pool.FreeBlock;
            var blockLinks = links[pool.ArenaIndex]!;
            var slot = pool.LinkBase + bp;
            pool.FreeBlock = blockLinks[slot] - 1;
            blockLinks[slot] = UsedMark;
            if (pool.FreeBlock < 0) PoolExtend(poolId, ref pool, size);
            address = BlockAddress(pool, bp);
        }
        else
        {
            address = AllocateFromNewPool(size);
            if (address == 0) return 0;
        }
        AllocatedBlocks++;
        Observer?.BlockAllocated(address, size);
        return address;
    }

    /// <summary>
    /// Models Objects/obmalloc.c: pymalloc_pool_extend — the free list is exhausted: carve the next never-used
    /// block, or unlink the now full pool from usedpools.
    /// </summary>
    private void PoolExtend(int poolId, ref PoolHeader pool, int size)
    {
        if (pool.NextOffset <= pool.MaxNextOffset)
        {
            var block = BlockIndex(pool.NextOffset - poolOverhead, size, out _);
            pool.FreeBlock = block;
            pool.NextOffset += blockSize[size];
            links[pool.ArenaIndex]![pool.LinkBase + block] = 0;
            return;
        }
        var next = pool.NextPool;
        var prev = pool.PrevPool;
        pools[next].PrevPool = prev;
        pools[prev].NextPool = next;
    }

    /// <summary>
    /// Models Objects/obmalloc.c: allocate_from_new_pool — takes a cached free pool of the most used usable
    /// arena (or carves a new one, mapping a new arena if none is usable), links it at the front of usedpools
    /// and returns its first block (init_pool logic: a pool that last held this size class keeps its state).
    /// </summary>
    private long AllocateFromNewPool(int size)
    {
        if (usableArenas < 0)
        {
            var fresh = NewArena();
            if (fresh < 0) return 0;
            usableArenas = fresh;
            arenas[fresh].NextArena = arenas[fresh].PrevArena = -1;
            nfp2lasta[arenas[fresh].NFreePools] = fresh;
        }
        var a = usableArenas;
        ref var ao = ref arenas[a];

        // This arena already had the smallest nfreepools value, so decreasing it keeps the order.
        if (nfp2lasta[ao.NFreePools] == a) nfp2lasta[ao.NFreePools] = -1;
        if (ao.NFreePools > 1) nfp2lasta[ao.NFreePools - 1] = a;

        int poolId;
        if (ao.FreePools >= 0)
        {
            // Unlink from cached pools.
            poolId = ao.FreePools;
            ao.FreePools = pools[poolId].NextPool;
        }
        else
        {
            // Carve off a new pool.
            var index = (int)((ao.PoolAddress - ao.FirstPool) >> poolShift);
            poolId = PoolId(a, index);
            ref var carved = ref pools[poolId];
            carved.ArenaIndex = a;
            carved.SzIdx = DummySizeIdx;
            carved.Address = ao.PoolAddress;
            ao.PoolAddress += poolSize;
        }
        if (--ao.NFreePools == 0)
        {
            // Wholly allocated: remove from usable_arenas.
            usableArenas = ao.NextArena;
            if (usableArenas >= 0) arenas[usableArenas].PrevArena = -1;
        }

        // Frontlink to used pools (the ring is empty, so the head is both neighbours).
        ref var pool = ref pools[poolId];
        pool.NextPool = size;
        pool.PrevPool = size;
        pools[size].NextPool = poolId;
        pools[size].PrevPool = poolId;
        pool.Count = 1;
        var blockLinks = links[a]!;
        var baseSlot = pool.LinkBase;
        if (pool.SzIdx == size)
        {
            // This pool last held blocks of this size class: header and free list are already set up.
            var bp = pool.FreeBlock;
            pool.FreeBlock = blockLinks[baseSlot + bp] - 1;
            blockLinks[baseSlot + bp] = UsedMark;
            // An empty pool's free list holds at least blocks 0 and 1, so it cannot run dry here.
            return BlockAddress(pool, bp);
        }

        // Initialize the pool header: hand out the first block, the free list holds just the second.
        pool.SzIdx = size;
        var bytes = blockSize[size];
        pool.NextOffset = poolOverhead + (bytes << 1);
        pool.MaxNextOffset = poolSize - bytes;
        pool.FreeBlock = 1;
        blockLinks[baseSlot] = UsedMark;
        blockLinks[baseSlot + 1] = 0;
        Observer?.PoolInitialized(pool.Address, size);
        return pool.Address + poolOverhead;
    }

    /// <summary>
    /// Models Objects/obmalloc.c: new_arena — takes an arena object off unused_arena_objects (doubling the
    /// arenas vector when there is none), maps ARENA_SIZE bytes and computes the pool-aligned first pool.
    /// Returns the arena index, or -1 when the heap limit forbids another arena.
    /// </summary>
    private int NewArena()
    {
        if (unusedArenaObjects < 0)
        {
            var numArenas = maxArenas == 0 ? profile.InitialArenaObjects : maxArenas << 1;
            Array.Resize(ref arenas, numArenas);
            Array.Resize(ref links, numArenas);
            Array.Resize(ref pools, numClasses + numArenas * maxPools);
            for (var i = maxArenas; i < numArenas; i++)
            {
                arenas[i].Address = 0;
                arenas[i].NextArena = i < numArenas - 1 ? i + 1 : -1;
            }
            unusedArenaObjects = maxArenas;
            maxArenas = numArenas;
        }
        if (!budget.TryReserve(arenaSize)) return -1;

        var a = unusedArenaObjects;
        ref var ao = ref arenas[a];
        unusedArenaObjects = ao.NextArena;
        ao.Address = space.Map(a);
        MarkArenaMapUsed(ao.Address);
        NArenasCurrentlyAllocated++;
        NTimesArenaAllocated++;
        if (NArenasCurrentlyAllocated > NArenasHighwater) NArenasHighwater = NArenasCurrentlyAllocated;
        ao.FreePools = -1;
        ao.PoolAddress = ao.Address;
        ao.NFreePools = maxPools;
        var excess = ao.Address & poolMask;
        if (excess != 0)
        {
            ao.NFreePools--;
            ao.PoolAddress += poolSize - excess;
        }
        ao.FirstPool = ao.PoolAddress;
        ao.NTotalPools = ao.NFreePools;
        links[a] ??= new ushort[maxPools * maxBlocks];
        for (var i = 0; i < maxPools; i++)
        {
            pools[PoolId(a, i)] = new PoolHeader { LinkBase = i * maxBlocks };
        }
        Observer?.ArenaAllocated(a, ao.Address);
        return a;
    }

    /// <summary>Models Objects/obmalloc.c: arena_map_mark_used(base, 1) — only the node counts are kept.</summary>
    private void MarkArenaMapUsed(long arenaBase)
    {
        if (!profile.UsesArenaMapRadixTree) return;
        TouchArenaMap(arenaBase);
        if ((arenaBase & (arenaSize - 1)) != 0) TouchArenaMap(arenaBase + arenaSize);
    }

    private void TouchArenaMap(long address)
    {
        var arenaBits = System.Numerics.BitOperations.Log2((uint)arenaSize);
        var interiorBits = (profile.PointerBits - arenaBits + 2) / 3;
        var botBits = profile.PointerBits - arenaBits - 2 * interiorBits;
        var midShift = botBits + arenaBits;
        var topShift = interiorBits + midShift;
        var unsigned = (ulong)address;
        arenaMapMidNodes.Add((long)(unsigned >> topShift));
        arenaMapBotNodes.Add((long)(unsigned >> midShift));
    }
}
