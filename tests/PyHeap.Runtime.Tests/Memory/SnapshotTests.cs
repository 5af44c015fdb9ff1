using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class SnapshotTests
{
    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Snapshot_shows_pool_and_block_states(string name)
    {
        var allocator = Profiles.Allocator(name);
        var full = Profiles.FillPool(allocator, 512);
        var a = allocator.Malloc(16);
        var b = allocator.Malloc(16);
        var c = allocator.Malloc(16);
        var d = allocator.Malloc(16);
        allocator.Free(b);
        allocator.FreeLists.TryPush(FreeListKind.Float, 0, c);
        var gone = allocator.Malloc(32);
        allocator.Free(gone);

        var snapshot = allocator.Snapshot();
        var arena = Assert.Single(snapshot.Arenas);
        Assert.Equal(PoolState.Full, arena.Pools[0].State);
        Assert.Equal(31, arena.Pools[0].SizeClass);
        Assert.Equal(full.Count, arena.Pools[0].UsedBlocks);

        var pool = arena.Pools[1];
        Assert.Equal(PoolState.Used, pool.State);
        Assert.Equal(16, pool.BlockSize);
        Assert.Equal(3, pool.UsedBlocks);
        Assert.Equal(allocator.Profile.BlocksPerPool(0), pool.Blocks.Count);
        // pymalloc_pool_extend already put the next virgin block (4) on the free list when block 3 was handed out.
        Assert.Equal([BlockState.Used, BlockState.Free, BlockState.HeldByFreeList, BlockState.Used, BlockState.Free, BlockState.NeverUsed],
            pool.Blocks.Take(6));
        Assert.Equal(a, pool.BlockAddress(0, allocator.Profile));
        Assert.Equal(d, pool.BlockAddress(3, allocator.Profile));

        Assert.Equal(PoolState.Empty, arena.Pools[2].State);
        Assert.Equal(1, arena.Pools[2].SizeClass);
        Assert.Equal([BlockState.Free, BlockState.Free, BlockState.NeverUsed], arena.Pools[2].Blocks.Take(3));
        Assert.Equal(PoolState.NeverInitialized, arena.Pools[3].State);
        Assert.Empty(arena.Pools[3].Blocks);
        Assert.Equal(arena.TotalPools, arena.Pools.Count);
        Assert.Equal(arena.TotalPools - 2, arena.FreePools);

        Assert.Equal(full.Count + 3, snapshot.BlocksInUse);
        Assert.Equal(full.Count * 512L + 3 * 16, snapshot.BytesInUse);
        Assert.Equal(1, snapshot.FreeListBlocks);
        Assert.Equal(1, snapshot.ArenasCurrentlyAllocated);
        Assert.Equal([arena.Pools[1].Address], snapshot.UsedPools[0]);
        Assert.Equal([0], snapshot.UsableArenaOrder);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Snapshot_of_64_busy_arenas_is_cheap_enough(string name)
    {
        var allocator = Profiles.Allocator(name, limit: 1L << 30);
        while (allocator.ArenasCurrentlyAllocated < 64) allocator.Malloc(48);
        var snapshot = allocator.Snapshot();
        Assert.True(snapshot.Arenas.Count >= 64);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void The_observer_hears_arenas_pools_blocks_and_raw_chunks(string name)
    {
        var allocator = Profiles.Allocator(name);
        var observer = new RecordingObserver();
        allocator.Observer = observer;
        var block = allocator.Malloc(20);
        var raw = allocator.Malloc(1000);
        allocator.Free(block);
        allocator.Free(raw);
        var arena = allocator.Snapshot().Arenas[0];
        Assert.Equal(
        [
            $"arena+ 0 0x{arena.Address:x}",
            $"pool 0x{arena.FirstPoolAddress:x} class 1",
            $"block+ 0x{block:x} class 1",
            $"raw+ 0x{raw:x} 1000",
            $"block- 0x{block:x} class 1",
            $"raw- 0x{raw:x}",
        ], observer.Events);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_million_malloc_free_pairs_complete(string name)
    {
        // A sanity check of the hot path, not a timing assertion.
        var allocator = Profiles.Allocator(name);
        var live = new long[64];
        for (var i = 0; i < 1_000_000; i++)
        {
            var slot = i & 63;
            if (live[slot] != 0) allocator.Free(live[slot]);
            live[slot] = allocator.Malloc(1 + (i * 37 & 511));
        }
        foreach (var block in live) allocator.Free(block);
        Assert.Equal(0, allocator.AllocatedBlocks);
    }
}
