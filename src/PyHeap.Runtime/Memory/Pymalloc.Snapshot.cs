namespace PyHeap.Runtime.Memory;

internal sealed partial class Pymalloc
{
    /// <summary>Arena-by-arena pool and block states (free-list-held blocks marked from <paramref name="held"/>).</summary>
    public List<ArenaSnapshot> SnapshotArenas(List<long> held, out long bytesInUse)
    {
        var states = new BlockState[maxArenas * maxPools][];
        bytesInUse = 0;
        for (var a = 0; a < maxArenas; a++)
        {
            ref var ao = ref arenas[a];
            if (ao.Address == 0) continue;
            var carved = (int)((ao.PoolAddress - ao.FirstPool) >> poolShift);
            for (var i = 0; i < carved; i++)
            {
                var poolId = PoolId(a, i);
                ref var pool = ref pools[poolId];
                if (pool.SzIdx >= numClasses) continue;
                var blocks = new BlockState[blocksPerPool[pool.SzIdx]];
                var neverFrom = (pool.NextOffset - poolOverhead) / blockSize[pool.SzIdx];
                var baseSlot = i * maxBlocks;
                var blockLinks = links[a]!;
                for (var b = 0; b < blocks.Length; b++)
                {
                    blocks[b] = b >= neverFrom ? BlockState.NeverUsed
                        : blockLinks[baseSlot + b] switch
                        {
                            UsedMark => BlockState.Used,
                            StartupMark => BlockState.StartUp,
                            _ => BlockState.Free,
                        };
                }
                bytesInUse += (long)pool.Count * blockSize[pool.SzIdx];
                states[a * maxPools + i] = blocks;
            }
        }
        foreach (var address in held)
        {
            var a = space.ArenaAt(address);
            if (a < 0) continue;
            var poolId = LocateBlock(a, address, out var block);
            states[poolId - numClasses][block] = BlockState.HeldByFreeList;
        }

        var result = new List<ArenaSnapshot>();
        for (var a = 0; a < maxArenas; a++)
        {
            ref var ao = ref arenas[a];
            if (ao.Address == 0) continue;
            var carved = (int)((ao.PoolAddress - ao.FirstPool) >> poolShift);
            var poolSnapshots = new PoolSnapshot[ao.NTotalPools];
            for (var i = 0; i < ao.NTotalPools; i++)
            {
                var address = ao.FirstPool + ((long)i << poolShift);
                ref var pool = ref pools[PoolId(a, i)];
                if (i >= carved || pool.SzIdx >= numClasses)
                {
                    poolSnapshots[i] = new PoolSnapshot(i, address, -1, 0, PoolState.NeverInitialized, 0, []);
                    continue;
                }
                var state = pool.Count == 0 ? PoolState.Empty
                    : pool.Count == blocksPerPool[pool.SzIdx] ? PoolState.Full : PoolState.Used;
                poolSnapshots[i] = new PoolSnapshot(i, address, pool.SzIdx, blockSize[pool.SzIdx], state,
                    pool.Count, states[a * maxPools + i]);
            }
            result.Add(new ArenaSnapshot(a, ao.Address, ao.FirstPool, ao.NTotalPools, ao.NFreePools, poolSnapshots));
        }
        return result;
    }

    /// <summary>usable_arenas, head first.</summary>
    public List<int> UsableArenaOrder()
    {
        var order = new List<int>();
        for (var a = usableArenas; a >= 0; a = arenas[a].NextArena) order.Add(a);
        return order;
    }

    /// <summary>Each size class's usedpools ring, head (the pool the next allocation uses) first.</summary>
    public IReadOnlyList<long>[] UsedPoolRings()
    {
        var rings = new IReadOnlyList<long>[numClasses];
        for (var c = 0; c < numClasses; c++)
        {
            var ring = new List<long>();
            for (var p = pools[c].NextPool; p != c; p = pools[p].NextPool) ring.Add(pools[p].Address);
            rings[c] = ring;
        }
        return rings;
    }

    /// <summary>The per-arena walk of Objects/obmalloc.c: _PyObject_DebugMallocStats.</summary>
    public void CollectStats(long[] numPools, long[] numBlocks, long[] numFreeBlocks,
        out long numFreePools, out long arenaAlignment, out long narenas)
    {
        numFreePools = 0;
        arenaAlignment = 0;
        narenas = 0;
        for (var a = 0; a < maxArenas; a++)
        {
            ref var ao = ref arenas[a];
            if (ao.Address == 0) continue;
            narenas++;
            numFreePools += ao.NFreePools;
            if ((ao.Address & poolMask) != 0) arenaAlignment += poolSize;
            var carved = (int)((ao.PoolAddress - ao.FirstPool) >> poolShift);
            for (var i = 0; i < carved; i++)
            {
                ref var pool = ref pools[PoolId(a, i)];
                if (pool.Count == 0) continue;
                numPools[pool.SzIdx]++;
                numBlocks[pool.SzIdx] += pool.Count;
                numFreeBlocks[pool.SzIdx] += blocksPerPool[pool.SzIdx] - pool.Count;
            }
        }
    }
}
