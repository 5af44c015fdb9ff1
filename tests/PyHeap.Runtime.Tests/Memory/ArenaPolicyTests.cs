using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class ArenaPolicyTests
{
    /// <summary>Fills <paramref name="arenas"/> arenas with full pools of 512-byte blocks; returns the pools per arena.</summary>
    private static List<List<List<long>>> FillArenas(ObjectAllocator allocator, int arenas)
    {
        var result = new List<List<List<long>>>();
        for (var a = 0; a < arenas; a++)
        {
            var pools = new List<List<long>>();
            var total = 0;
            do
            {
                pools.Add(Profiles.FillPool(allocator, 512));
                total = allocator.Snapshot().Arenas[a].TotalPools;
            }
            while (pools.Count < total);
            result.Add(pools);
        }
        return result;
    }

    private static void FreePool(ObjectAllocator allocator, List<List<long>> arena)
    {
        var pool = arena[^1];
        arena.RemoveAt(arena.Count - 1);
        foreach (var block in pool) allocator.Free(block);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Usable_arenas_are_ordered_by_fewest_free_pools_first_like_nfp2lasta_keeps_them(string name)
    {
        var allocator = Profiles.Allocator(name);
        var arenas = FillArenas(allocator, 3);
        Assert.Empty(allocator.Snapshot().UsableArenaOrder);

        FreePool(allocator, arenas[0]);
        FreePool(allocator, arenas[1]); // a formerly full arena goes to the head
        Assert.Equal([1, 0], allocator.Snapshot().UsableArenaOrder);
        FreePool(allocator, arenas[1]); // not the rightmost with 1 free pool: slides right after arena 0
        Assert.Equal([0, 1], allocator.Snapshot().UsableArenaOrder);
        FreePool(allocator, arenas[0]); // the rightmost with 1 free pool: stays, ahead of arena 1 (also 2)
        Assert.Equal([0, 1], allocator.Snapshot().UsableArenaOrder);
        FreePool(allocator, arenas[2]);
        FreePool(allocator, arenas[1]);
        FreePool(allocator, arenas[0]);
        var snapshot = allocator.Snapshot();
        Assert.Equal([2, 0, 1], snapshot.UsableArenaOrder);
        Assert.Equal([1, 3, 3], [snapshot.Arenas[2].FreePools, snapshot.Arenas[0].FreePools, snapshot.Arenas[1].FreePools]);

        // The next new pool comes from the most used arena (the head), which then leaves the list.
        var block = allocator.Malloc(16);
        Assert.Equal(snapshot.Arenas[2].Pools[^1].Address + 48, block);
        Assert.Equal([0, 1], allocator.Snapshot().UsableArenaOrder);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void An_arena_is_freed_once_its_last_pool_empties_unless_it_is_the_last_usable_arena(string name)
    {
        var allocator = Profiles.Allocator(name);
        var observer = new RecordingObserver();
        allocator.Observer = observer;
        var arenas = FillArenas(allocator, 1);
        var lone = allocator.Malloc(16);
        var arena0 = allocator.Snapshot().Arenas[0].Address;
        allocator.Free(lone); // arena 1 is now empty but the only usable arena: kept (bpo-37257)
        Assert.Equal(2, allocator.ArenasCurrentlyAllocated);
        Assert.Equal(0, allocator.ArenasReclaimed);

        while (arenas[0].Count > 0) FreePool(allocator, arenas[0]);
        Assert.Equal(1, allocator.ArenasCurrentlyAllocated);
        Assert.Equal(1, allocator.ArenasReclaimed);
        Assert.Equal(2, allocator.ArenasHighwater);
        Assert.Equal(2, allocator.ArenasAllocatedTotal);
        Assert.Contains($"arena- 0 0x{arena0:x}", observer.Events);
        Assert.False(allocator.IsPymallocAddress(arena0 + 100));
        Assert.Equal(1, allocator.Snapshot().Arenas[0].Index);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_freed_arena_object_and_its_address_are_reused_by_the_next_new_arena(string name)
    {
        var allocator = Profiles.Allocator(name);
        var arenas = FillArenas(allocator, 1);
        var lone = allocator.Malloc(16);
        var arena0 = allocator.Snapshot().Arenas[0].Address;
        allocator.Free(lone);
        while (arenas[0].Count > 0) FreePool(allocator, arenas[0]);

        FillArenas(allocator, 1); // fills arena object 1 completely
        var observer = new RecordingObserver();
        allocator.Observer = observer;
        allocator.Malloc(16);
        Assert.Equal([$"arena+ 0 0x{arena0:x}", $"pool 0x{allocator.Snapshot().Arenas[0].FirstPoolAddress:x} class 0"], observer.Events.Take(2));
        Assert.Equal(3, allocator.ArenasAllocatedTotal);
        Assert.Equal(2, allocator.ArenasHighwater);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Allocating_and_freeing_one_object_in_a_loop_keeps_the_empty_arena(string name)
    {
        var allocator = Profiles.Allocator(name);
        for (var i = 0; i < 100; i++) allocator.Free(allocator.Malloc(64));
        Assert.Equal(1, allocator.ArenasAllocatedTotal);
        Assert.Equal(1, allocator.ArenasCurrentlyAllocated);
    }

    [Fact]
    public void Python311_arenas_are_mmapped_top_down_and_one_not_16_KiB_aligned_loses_a_pool()
    {
        var allocator = new ObjectAllocator(MemoryProfile.Python311);
        allocator.Malloc(16);
        var arena = allocator.Snapshot().Arenas[0];
        Assert.Equal(MemoryProfile.Python311.ArenaMmapTop - (1 << 20), arena.Address);
        Assert.NotEqual(0, arena.Address & 0x3fff);
        Assert.Equal(63, arena.TotalPools);
        Assert.Equal((arena.Address + 0x3fff) & ~0x3fffL, arena.FirstPoolAddress);
        Assert.True(allocator.IsPymallocAddress(arena.Address)); // address_in_range covers the whole arena
        Assert.True(allocator.IsPymallocAddress(arena.Address + (1 << 20) - 1));
        Assert.False(allocator.IsPymallocAddress(arena.Address + (1 << 20)));
    }

    [Fact]
    public void An_arena_mapped_on_a_pool_boundary_has_all_64_pools()
    {
        var aligned = MemoryProfile.Python311 with { ArenaMmapTop = 0x7f00_0000_0000 };
        var allocator = new ObjectAllocator(aligned);
        var block = allocator.Malloc(16);
        var arena = allocator.Snapshot().Arenas[0];
        Assert.Equal(64, arena.TotalPools);
        Assert.Equal(arena.Address + 48, block);
        var classic = new ObjectAllocator(MemoryProfile.Classic);
        classic.Malloc(16);
        Assert.Equal(64, classic.Snapshot().Arenas[0].TotalPools);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void New_arenas_are_placed_below_the_previous_ones(string name)
    {
        var allocator = Profiles.Allocator(name);
        FillArenas(allocator, 2);
        var snapshot = allocator.Snapshot();
        Assert.Equal(snapshot.Arenas[0].Address - allocator.Profile.ArenaSize, snapshot.Arenas[1].Address);
    }
}
