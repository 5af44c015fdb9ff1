using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class InvariantTests
{
    private static void AssertConsistent(ObjectAllocator allocator, long liveSmall)
    {
        var s = allocator.Snapshot();
        Assert.Equal(liveSmall, s.BlocksInUse);
        var freePools = new Dictionary<int, int>();
        foreach (var arena in s.Arenas)
        {
            var free = 0;
            foreach (var pool in arena.Pools)
            {
                if (pool.State is PoolState.Empty or PoolState.NeverInitialized) free++;
                if (pool.State == PoolState.NeverInitialized) continue;
                var used = 0;
                foreach (var block in pool.Blocks)
                {
                    if (block is BlockState.Used or BlockState.HeldByFreeList or BlockState.StartUp) used++;
                }
                Assert.Equal(pool.UsedBlocks, used);
                var inRing = s.UsedPools[pool.SizeClass].Contains(pool.Address);
                Assert.Equal(pool.State == PoolState.Used, inRing);
            }
            Assert.Equal(arena.FreePools, free);
            freePools[arena.Index] = free;
        }
        var order = s.UsableArenaOrder;
        for (var i = 1; i < order.Count; i++) Assert.True(freePools[order[i - 1]] <= freePools[order[i]]);
        foreach (var arena in s.Arenas)
        {
            Assert.Equal(arena.FreePools > 0, order.Contains(arena.Index));
            // Only the last usable arena may be wholly free (bpo-37257).
            if (arena.FreePools == arena.TotalPools) Assert.Equal(arena.Index, order[^1]);
        }
    }

    [Theory]
    [InlineData("Python311", 1)]
    [InlineData("Python311", 2)]
    [InlineData("Classic", 3)]
    [InlineData("Classic", 4)]
    public void Random_mallocs_and_frees_keep_pools_rings_and_usable_arenas_consistent(string name, int seed)
    {
        var allocator = Profiles.Allocator(name);
        var random = new Random(seed);
        var live = new List<long>();
        for (var round = 0; round < 8; round++)
        {
            var grow = round % 2 == 0;
            for (var i = 0; i < 6000; i++)
            {
                if (live.Count > 0 && random.Next(100) < (grow ? 30 : 75))
                {
                    var k = random.Next(live.Count);
                    allocator.Free(live[k]);
                    live[k] = live[^1];
                    live.RemoveAt(live.Count - 1);
                }
                else
                {
                    live.Add(allocator.Malloc(random.Next(1, 513)));
                }
            }
            AssertConsistent(allocator, live.Count);
        }
        foreach (var block in live) allocator.Free(block);
        AssertConsistent(allocator, 0);
        Assert.Equal(1, allocator.ArenasCurrentlyAllocated);
        Assert.Equal(0, allocator.HeapBytesInUse - allocator.Profile.ArenaSize);
    }
}
