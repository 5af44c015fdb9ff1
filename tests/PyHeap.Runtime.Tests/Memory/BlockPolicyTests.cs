using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Tests.Memory;

public class BlockPolicyTests
{
    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_freed_block_is_the_next_one_handed_out_for_its_size_class(string name)
    {
        var allocator = Profiles.Allocator(name);
        var a = allocator.Malloc(32);
        var b = allocator.Malloc(32);
        allocator.Malloc(32);
        allocator.Free(a);
        Assert.Equal(a, allocator.Malloc(30));
        allocator.Free(b);
        Assert.Equal(b, allocator.Malloc(17));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Freed_blocks_are_reused_last_freed_first(string name)
    {
        var allocator = Profiles.Allocator(name);
        var blocks = new long[5];
        for (var i = 0; i < 5; i++) blocks[i] = allocator.Malloc(64);
        allocator.Free(blocks[1]);
        allocator.Free(blocks[3]);
        allocator.Free(blocks[2]);
        Assert.Equal(blocks[2], allocator.Malloc(64));
        Assert.Equal(blocks[3], allocator.Malloc(64));
        Assert.Equal(blocks[1], allocator.Malloc(64));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void A_new_pool_hands_out_blocks_in_address_order_after_its_48_byte_header(string name)
    {
        var allocator = Profiles.Allocator(name);
        var first = allocator.Malloc(100);
        var pool = Profiles.PoolOf(allocator, first);
        Assert.Equal(pool + 48, first);
        for (var i = 1; i < 10; i++) Assert.Equal(first + i * 112, allocator.Malloc(112));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void The_never_used_tail_is_carved_only_after_the_free_list_is_empty(string name)
    {
        var allocator = Profiles.Allocator(name);
        var a = allocator.Malloc(16);
        var b = allocator.Malloc(16);
        allocator.Free(a);
        Assert.Equal(a, allocator.Malloc(16));
        Assert.Equal(b + 16, allocator.Malloc(16));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Each_size_class_fills_exactly_its_blocks_per_pool_before_taking_a_second_pool(string name)
    {
        var allocator = Profiles.Allocator(name);
        for (var c = 0; c < allocator.Profile.NumSizeClasses; c++)
        {
            var size = allocator.Profile.BlockSize(c);
            var blocks = Profiles.FillPool(allocator, size);
            var pool = Profiles.PoolOf(allocator, blocks[0]);
            Assert.All(blocks, b => Assert.Equal(pool, Profiles.PoolOf(allocator, b)));
            Assert.Equal(blocks.Count, allocator.Profile.BlocksPerPool(c));
            var next = allocator.Malloc(size);
            Assert.NotEqual(pool, Profiles.PoolOf(allocator, next));
            allocator.Free(next);
        }
    }

    [Fact]
    public void A_16_KiB_pool_gives_1021_blocks_of_16_bytes_and_the_1022nd_comes_from_a_new_pool()
    {
        var allocator = new ObjectAllocator(MemoryProfile.Python311);
        var blocks = Profiles.FillPool(allocator, 16);
        Assert.Equal(1021, blocks.Count);
        Assert.Equal(blocks[0] + 1020 * 16, blocks[^1]);
        var pool = Profiles.PoolOf(allocator, blocks[0]);
        Assert.Equal(pool + 16384 + 48, allocator.Malloc(16));
    }

    [Theory]
    [InlineData("Python311")]
    [InlineData("Classic")]
    public void Freeing_an_unallocated_block_is_a_simulator_bug(string name)
    {
        var allocator = Profiles.Allocator(name);
        var a = allocator.Malloc(16);
        var b = allocator.Malloc(16);
        allocator.Free(a);
        Assert.Throws<SimulatorBugException>(() => allocator.Free(a));
        Assert.Throws<SimulatorBugException>(() => allocator.Free(b + 8));
        Assert.Throws<SimulatorBugException>(() => allocator.Free(b + 16 * 5));
        Assert.Throws<SimulatorBugException>(() => allocator.Free(0x1234_5670));
        allocator.Free(0);
    }
}
