using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class PoolPolicyTests
{
    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void After_frees_in_three_full_pools_the_next_48_byte_request_uses_the_pool_freed_into_last(string name)
    {
        var allocator = Profiles.Allocator(name);
        var p1 = Profiles.FillPool(allocator, 48);
        var p2 = Profiles.FillPool(allocator, 48);
        var p3 = Profiles.FillPool(allocator, 48);
        allocator.Free(p2[10]);
        allocator.Free(p3[20]);
        allocator.Free(p1[30]);

        // Each formerly full pool went to the front of usedpools[48]: p1, then p3, then p2.
        var rings = allocator.Snapshot().UsedPools[2];
        Assert.Equal([Profiles.PoolOf(allocator, p1[0]), Profiles.PoolOf(allocator, p3[0]), Profiles.PoolOf(allocator, p2[0])], rings);
        Assert.Equal(p1[30], allocator.Malloc(48));
        Assert.Equal(p3[20], allocator.Malloc(48));
        Assert.Equal(p2[10], allocator.Malloc(48));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_free_in_a_partly_used_pool_does_not_move_it_to_the_front(string name)
    {
        var allocator = Profiles.Allocator(name);
        var p1 = Profiles.FillPool(allocator, 48);
        var p2 = Profiles.FillPool(allocator, 48);
        allocator.Free(p1[0]);
        allocator.Free(p2[0]);
        allocator.Free(p1[1]); // p1 is already in usedpools, behind p2
        Assert.Equal(p2[0], allocator.Malloc(48));
        Assert.Equal(p1[1], allocator.Malloc(48));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_full_pool_leaves_usedpools_and_returns_after_a_free(string name)
    {
        var allocator = Profiles.Allocator(name);
        var blocks = Profiles.FillPool(allocator, 256);
        var pool = Profiles.PoolOf(allocator, blocks[0]);
        var snapshot = allocator.Snapshot();
        Assert.Empty(snapshot.UsedPools[15]);
        Assert.Equal(PoolState.Full, Profiles.PoolSnapshotAt(snapshot, pool).State);

        allocator.Free(blocks[3]);
        snapshot = allocator.Snapshot();
        Assert.Equal([pool], snapshot.UsedPools[15]);
        Assert.Equal(PoolState.Used, Profiles.PoolSnapshotAt(snapshot, pool).State);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void An_empty_pool_goes_to_its_arenas_free_pools_and_is_reused_for_another_size_class(string name)
    {
        var allocator = Profiles.Allocator(name);
        var keep = allocator.Malloc(16); // keeps the arena from being the only, empty one
        var a = allocator.Malloc(64);
        var b = allocator.Malloc(64);
        var pool = Profiles.PoolOf(allocator, a);
        var free0 = allocator.Snapshot().Arenas[0].FreePools;
        allocator.Free(a);
        allocator.Free(b);
        var snapshot = allocator.Snapshot();
        Assert.Empty(snapshot.UsedPools[3]);
        Assert.Equal(PoolState.Empty, Profiles.PoolSnapshotAt(snapshot, pool).State);
        Assert.Equal(free0 + 1, snapshot.Arenas[0].FreePools);

        var observer = new RecordingObserver();
        allocator.Observer = observer;
        var c = allocator.Malloc(200);
        Assert.Equal(pool + 48, c);
        Assert.Contains($"pool 0x{pool:x} class 12", observer.Events);
        Assert.NotEqual(0, keep);
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void An_empty_pool_reused_for_its_old_size_class_keeps_its_free_list(string name)
    {
        var allocator = Profiles.Allocator(name);
        allocator.Malloc(16);
        var a = allocator.Malloc(64);
        var b = allocator.Malloc(64);
        var c = allocator.Malloc(64);
        allocator.Free(a);
        allocator.Free(c);
        allocator.Free(b); // pool empty; free list b, c, a, then the never-used tail
        var observer = new RecordingObserver();
        allocator.Observer = observer;
        Assert.Equal(b, allocator.Malloc(64));
        Assert.Equal(c, allocator.Malloc(64));
        Assert.Equal(a, allocator.Malloc(64));
        Assert.Equal(c + 64, allocator.Malloc(64));
        Assert.DoesNotContain(observer.Events, e => e.StartsWith("pool", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Empty_pools_are_reused_last_emptied_first(string name)
    {
        var allocator = Profiles.Allocator(name);
        allocator.Malloc(16);
        var x = allocator.Malloc(32);
        var y = allocator.Malloc(48);
        var z = allocator.Malloc(64);
        allocator.Free(x);
        allocator.Free(z);
        allocator.Free(y);
        Assert.Equal(Profiles.PoolOf(allocator, y), Profiles.PoolOf(allocator, allocator.Malloc(400)));
        Assert.Equal(Profiles.PoolOf(allocator, z), Profiles.PoolOf(allocator, allocator.Malloc(400 - 16 * 20)));
        Assert.Equal(Profiles.PoolOf(allocator, x), Profiles.PoolOf(allocator, allocator.Malloc(480)));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Pools_are_carved_in_address_order_from_the_first_pool_aligned_address(string name)
    {
        var allocator = Profiles.Allocator(name);
        var first = allocator.Malloc(16);
        var arena = allocator.Snapshot().Arenas[0];
        Assert.Equal(arena.FirstPoolAddress + 48, first);
        for (var c = 1; c < 5; c++)
        {
            var block = allocator.Malloc(allocator.Profile.BlockSize(c));
            Assert.Equal(arena.FirstPoolAddress + (long)c * allocator.Profile.PoolSize + 48, block);
        }
    }
}
